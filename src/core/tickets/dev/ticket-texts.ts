import type { AppealType } from '../../../shared/tickets/appeal-type';
import type { SeededRandom } from './seeded-random';

/** The place and problem a generated ticket is about, in the words an operator would write. */
export interface TicketTextSlots {
  district: string;
  street: string;
  /** A community name, or '' when the ticket names none. */
  community: string;
  building: number;
  /** The leaf category's name (开发商原因无法办理房产证). */
  topic: string;
  /** One of the leaf's colloquial keywords (办不了房本). */
  keyword: string;
  appealType: AppealType;
}

const durations = ['已经持续三天', '从上周开始', '本月以来多次出现', '今天早上开始', '已有半个多月', '反复出现两个月'];
const attempts = ['已多次联系物业未果', '拨打过社区电话无人处理', '此前反映过但一直没有解决', '与对方协商无果', '找过相关单位被推诿'];
const impacts = ['严重影响正常生活', '家中有老人孩子十分不便', '存在安全隐患', '影响周边居民休息', '给出行带来很大困难'];
const demands = ['希望尽快处理', '要求相关部门核实处理', '希望给予明确答复', '请求尽快解决', '希望相关部门加强监管'];
const times = ['昨天晚上', '今天上午', '近几天', '上周末', '每天傍晚'];

/** The most precise place name the ticket has. */
const where = (s: TicketTextSlots) => s.community || s.street;

const titleTemplates: ((s: TicketTextSlots) => string)[] = [
  (s) => `${where(s)}${s.building}号楼${s.keyword}`,
  (s) => `反映${where(s)}${s.keyword}问题`,
  (s) => `${s.street}${s.topic}`,
  (s) => `${where(s)}${s.topic}`,
  (s) => `${s.keyword}，${where(s)}居民求助`,
];

const complaintTemplates: ((s: TicketTextSlots, r: SeededRandom) => string)[] = [
  (s, r) =>
    `来电人反映：${s.district}${s.street}${s.community}${s.building}号楼${s.keyword}，${r.pick(durations)}，${r.pick(attempts)}，${r.pick(impacts)}，${r.pick(demands)}。`,
  (s, r) =>
    `市民来电称，${r.pick(times)}在${where(s)}附近发现${s.keyword}的情况，${r.pick(impacts)}，${r.pick(attempts)}，${r.pick(demands)}。`,
  (s, r) =>
    `来电人是${where(s)}居民，反映${s.topic}问题：${s.keyword}，${r.pick(durations)}。${r.pick(attempts)}。诉求：${r.pick(demands)}。`,
];

const consultationTemplates: ((s: TicketTextSlots, r: SeededRandom) => string)[] = [
  (s) => `来电人咨询${s.topic}相关政策：${s.keyword}需要什么条件、去哪里办理、需要准备哪些材料。`,
  (s, r) => `市民来电咨询${s.keyword}的办理流程，本人住在${s.district}${s.street}，${r.pick(times)}去办理时被告知材料不全，希望给予明确答复。`,
];

const praiseTemplates: ((s: TicketTextSlots) => string)[] = [
  (s) => `来电人表扬${s.street}工作人员，此前反映的${s.keyword}问题已经很快解决，特此致谢。`,
];

export function ticketTitle(slots: TicketTextSlots, random: SeededRandom): string {
  return random.pick(titleTemplates)(slots).slice(0, 120);
}

/** Call notes in the shape operators write them: who, where, what, since when, what was tried, what they want. */
export function ticketDescription(slots: TicketTextSlots, random: SeededRandom): string {
  if (slots.appealType === 'praise') return random.pick(praiseTemplates)(slots);
  if (slots.appealType === 'consultation') return random.pick(consultationTemplates)(slots, random);
  return random.pick(complaintTemplates)(slots, random);
}

const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'.split('');

export function callerName(gender: 'female' | 'male', random: SeededRandom): string {
  return `${random.pick(surnames)}${gender === 'female' ? '女士' : '先生'}`;
}
