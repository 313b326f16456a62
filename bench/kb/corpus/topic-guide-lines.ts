import { SeededRandom } from '../seeded-random';
import type { CatalogTopic } from './catalog-topics';

/**
 * Sentence templates for guides on the catalog's request categories, in the
 * register of the demo answer scripts. `{t}` is the topic (快递丢失延误与服务),
 * `{k}` one of the callers' words for it (快递丢了), `{u}` the unit in charge,
 * `{n}` a number. Several templates per section so the guides of one topic
 * differ; the topic words themselves are what makes each topic's vocabulary.
 */
const templates: Record<string, string[]> = {
  适用对象: [
    '反映{t}问题的本市居民、单位和来京人员。',
    '因{k}等情况需要咨询、求助或投诉的市民。',
    '在本市行政区域内遇到{t}相关问题的群众。',
  ],
  办理条件: [
    '诉求发生在本市行政区域内，属于{u}职责范围。',
    '诉求人能说明{k}发生的具体地点、时间和经过。',
    '已向相关经营者或管理单位反映但未解决的，可通过12345热线反映。',
    '涉及民事纠纷的，可先行协商，协商不成的可申请调解或依法起诉。',
    '同一诉求已进入行政复议或诉讼程序的，热线不再重复受理。',
  ],
  所需材料: [
    '诉求人身份证明或联系方式。',
    '与{k}有关的照片、视频、票据、合同或聊天记录等证据材料。',
    '涉及单位的名称、地址等基本信息。',
    '委托他人代为反映的，需提供委托书及受托人身份证明。',
  ],
  办理流程: [
    '拨打12345热线或通过“北京12345”微信小程序反映{t}问题。',
    '热线受理后派单至{u}或属地街道（乡镇）办理。',
    '承办单位{n}个工作日内联系诉求人核实情况。',
    '承办单位依法依规处理，并将办理结果回复诉求人。',
    '诉求人对办理结果不满意的，可申请复核。',
  ],
  办理时限: [
    '一般诉求{n}个工作日内办结并答复。',
    '紧急诉求2小时内联系诉求人，24小时内反馈处置进展。',
    '情况复杂的，经批准可延长{n}个工作日，并告知诉求人。',
  ],
  咨询电话: ['北京市政务服务便民热线12345。', '{u}服务窗口。', '属地街道（乡镇）便民服务中心。'],
};

const questionForms = ['{k}怎么办？', '{k}找哪个部门？', '{k}可以投诉吗？', '{k}一般多久能处理？', '遇到{k}应该怎么维权？'];
const answerForms = [
  '您好，关于{k}的问题，您可以通过12345热线或“北京12345”微信小程序反映，说清楚具体地点、时间和情况，热线会派给{u}或属地街道办理，一般{n}个工作日内会有工作人员联系您。',
  '您好，{t}问题由{u}负责。建议您先保留好照片、票据等证据，再把情况详细说明，我们会把诉求转给承办单位，办理结果会及时回复您。',
  '您好，您反映的{k}情况我们已经记录。承办单位会在规定时限内核实处理，如对办理结果不满意，可以再次来电申请复核。',
];

export function topicSections(topic: CatalogTopic, keywords: readonly string[], random: SeededRandom) {
  const fill = (template: string) =>
    template
      .replaceAll('{t}', topic.name)
      .replaceAll('{k}', random.pick(keywords.length > 0 ? keywords : [topic.name]))
      .replaceAll('{u}', topic.authority)
      .replaceAll('{n}', String(random.int(2, 20)));
  const sections = new Map<string, string[]>();
  for (const [section, lines] of Object.entries(templates)) {
    // A random subset, kept in the templates' order (the steps of a procedure have one).
    const chosen = new Set(random.sample(lines, random.int(Math.min(2, lines.length), lines.length)));
    sections.set(section, lines.filter((line) => chosen.has(line)).map(fill));
  }
  return {
    sections,
    questions: random.sample(questionForms, random.int(1, 3)).map(fill),
    answer: fill(random.pick(answerForms)),
  };
}
