/** What the simulated units and callback agents write, so a demo's histories read like a hall's. */
export const simulatedWords = {
  leadReply: [
    '已联系诉求人并现场核实，问题已处理完毕。',
    '已协调相关部门处置，诉求人表示认可。',
    '经核实，已按现行政策向诉求人作出解释说明。',
  ],
  coUnitReply: ['协办单位已完成职责范围内的处置。'],
  returnReason: ['经核实，该事项不属于本单位职责范围，建议改派。', '诉求地址不在本单位辖区。'],
  callbackSolved: ['回访：诉求人表示问题已解决。'],
  callbackUnsolved: ['回访：诉求人表示问题仍未解决。'],
  noCallback: ['诉求人不同意回访，按规定办结。'],
  rework: ['诉求人不满意，退回承办单位重新办理。'],
  supervise: ['二次不满意，转督办。'],
  closeAfterReview: ['经中心复核，办理结果符合政策规定，予以办结。'],
  deskDispatch: ['派单台根据派单目录派发。'],
} as const;

export function pickWords(options: readonly string[], fraction: number): string {
  return options[Math.min(options.length - 1, Math.floor(fraction * options.length))] ?? '';
}
