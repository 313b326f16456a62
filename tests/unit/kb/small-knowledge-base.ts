import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSeatDatabase } from '../../../src/core/db/open-seat-database';
import { createKnowledgeBase } from '../../../src/core/kb/knowledge-base';

/** A handful of documents, written as files and imported into a real SQLite file: enough to test behaviour precisely. */
export interface SmallDocument {
  id: string;
  title: string;
  district?: string;
  category?: string;
  authority?: string;
  status?: 'current' | 'expired' | 'abolished';
  effectiveFrom?: string;
  effectiveTo?: string;
  keywords?: string[];
  questions?: string[];
  body: string;
}

export const smallDocuments: SmallDocument[] = [
  {
    id: 'gjj-rent',
    title: '租房提取住房公积金办事指南',
    category: '住房保障/住房公积金',
    authority: '北京住房公积金管理中心',
    keywords: ['租房提取', '住房公积金'],
    questions: ['租房可以提取公积金吗？'],
    body: '无房职工租房可以每月提取住房公积金，用于支付房租。\n\n## 所需材料\n\n身份证、租房合同。',
  },
  {
    id: 'gjj-rent-2019',
    title: '租房提取住房公积金办事指南（2019年版）',
    category: '住房保障/住房公积金',
    authority: '北京住房公积金管理中心',
    status: 'expired',
    effectiveFrom: '2019-01-01',
    effectiveTo: '2021-12-31',
    keywords: ['租房提取', '住房公积金'],
    body: '旧规定：租房提取住房公积金每季度一次。',
  },
  {
    id: 'jzz',
    title: '北京市居住证办理指南',
    category: '户籍管理/居住证',
    authority: '北京市公安局',
    keywords: ['居住证'],
    body: '在京居住满半年的非本市户籍人员可以申领居住证。',
  },
  {
    id: 'elevator',
    title: '既有多层住宅加装电梯补贴办法',
    category: '城乡建设/老旧小区改造',
    authority: '北京市住房和城乡建设委员会',
    keywords: ['加装电梯', '电梯补贴'],
    body: '老楼加装电梯，每部电梯补贴最高80万元。',
  },
  {
    id: 'elevator-chaoyang',
    title: '朝阳区加装电梯区级补贴',
    district: '朝阳区',
    category: '城乡建设/老旧小区改造',
    authority: '朝阳区住房和城乡建设委员会',
    keywords: ['加装电梯', '朝阳区'],
    body: '朝阳区在全市补贴基础上每部电梯再补贴10万元。',
  },
  {
    id: 'elevator-haidian',
    title: '海淀区加装电梯区级补贴',
    district: '海淀区',
    category: '城乡建设/老旧小区改造',
    authority: '海淀区住房和城乡建设委员会',
    keywords: ['加装电梯', '海淀区'],
    body: '海淀区在全市补贴基础上每部电梯再补贴8万元。',
  },
  {
    id: 'si-card',
    title: '社会保障卡申领指南',
    category: '社会保障/社会保险',
    authority: '北京市人力资源和社会保障局',
    keywords: ['社会保障卡', '社会保险'],
    body: '社会保险参保人员可申领社会保障卡。APP 上也能办理。',
  },
];

export const smallSynonyms = '社保 = 社会保险\n暂住证 -> 居住证\n';
export const smallDictionary = '住房公积金 20000 n\n加装电梯 20000 vn\n';

function markdown(document: SmallDocument): string {
  const lines = [
    '---',
    `id: ${document.id}`,
    `title: ${document.title}`,
    `authority: ${document.authority ?? '北京市人民政府'}`,
    `category: ${document.category ?? '综合/其他'}`,
    `district: ${document.district ?? '全市'}`,
    `effective_from: ${document.effectiveFrom ?? '2024-01-01'}`,
    ...(document.effectiveTo ? [`effective_to: ${document.effectiveTo}`] : []),
    `status: ${document.status ?? 'current'}`,
    `keywords: [${(document.keywords ?? []).join(', ')}]`,
    `questions: [${(document.questions ?? []).join(', ')}]`,
    '---',
    '',
    document.body,
    '',
  ];
  return lines.join('\n');
}

export function writeSmallDocuments(dir: string, documents: readonly SmallDocument[] = smallDocuments): void {
  mkdirSync(dir, { recursive: true });
  for (const document of documents) writeFileSync(join(dir, `${document.id}.md`), markdown(document));
}

export function openSmallKnowledgeBase(root: string, documents: readonly SmallDocument[] = smallDocuments, options: { broadDocuments?: number } = {}) {
  const resources = join(root, 'resources');
  mkdirSync(resources, { recursive: true });
  writeFileSync(join(resources, 'synonyms.txt'), smallSynonyms);
  writeFileSync(join(resources, 'dictionary.txt'), smallDictionary);
  const docs = join(root, 'docs');
  writeSmallDocuments(docs, documents);
  const db = openSeatDatabase(join(root, 'seat.sqlite'));
  const kb = createKnowledgeBase(db, { resourcesDir: resources, ...options });
  const report = kb.importFolder(docs);
  return { db, kb, report, docs, resources };
}

export { markdown as smallDocumentMarkdown };
