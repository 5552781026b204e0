import { createHash } from 'node:crypto';
import { LABELS, type NodeLabel } from '../../vocabulary/index.ts';
import { idOf, type GraphPlan } from './graph-plan.ts';
import { cityNames, personNames, templated, type Names } from './names.ts';
import { streamFor } from './random.ts';
import { sourceText } from './source-text.ts';

export type PropValue = string | number | boolean | string[] | null;

/** One node as the importers take it: `props` holds everything but `id`. */
export interface SynNode {
  id: string;
  props: Record<string, PropValue>;
}

const AGENCY_KINDS = ['department', 'committee', 'unit', 'office', 'task-force', 'customs'] as const;
const AGENCY_NAMES: Record<(typeof AGENCY_KINDS)[number] | 'ministry', [string, string]> = {
  ministry: ['Министерство №{n}', 'Ministry No. {n}'],
  department: ['Департамент полиции №{n}', 'Police Department No. {n}'],
  committee: ['Комитет №{n}', 'Committee No. {n}'],
  unit: ['Управление №{n}', 'Directorate No. {n}'],
  office: ['Отдел №{n}', 'Office No. {n}'],
  'task-force': ['СОГ №{n}', 'Task Force No. {n}'],
  customs: ['Таможенный пост №{n}', 'Customs Post No. {n}'],
};
const TITLES: readonly [string, string][] = [
  ['Заместитель начальника', 'Deputy Head'],
  ['Старший инспектор', 'Senior Inspector'],
  ['Оперуполномоченный', 'Operative'],
  ['Начальник отдела', 'Section Chief'],
];
const SUBSTANCES = ['гашиш', 'марихуана', 'героин', 'синтетические наркотики', 'прекурсоры'] as const;
const METRICS = ['registered-crimes', 'clearance-rate', 'murders', 'robberies', 'internet-fraud'] as const;

/** The agency kind of `index`: roots are ministries, the rest drawn per agency. */
export function agencyKind(plan: GraphPlan, index: number): string {
  return index < plan.agencyRoots
    ? 'ministry'
    : streamFor(plan.seed, 'agency-kind', index).pick(AGENCY_KINDS);
}

/** Node `index` of `label`; a pure function of (plan, label, index). */
export function makeNode(plan: GraphPlan, label: NodeLabel, index: number): SynNode {
  const r = streamFor(plan.seed, `node:${label}`, index);
  const n = index + 1;
  const node = (names: Names, extra: Record<string, PropValue> = {}): SynNode => ({
    id: idOf(plan, label, index),
    props: { name: names.name, nameEn: names.nameEn, aliases: names.aliases, ...extra },
  });
  switch (label) {
    case 'Person':
      return node(personNames(r));
    case 'Position': {
      // The first post of every agency is its head (see relationship-factory.ts: REPORTS_TO).
      const [ru, en] = index < plan.counts.Agency ? ['Начальник', 'Head'] : r.pick(TITLES);
      return node(templated(`${ru} №{n}`, `${en} No. {n}`, n));
    }
    case 'Agency': {
      const kind = agencyKind(plan, index);
      const [ru, en] = AGENCY_NAMES[kind as keyof typeof AGENCY_NAMES];
      return node(templated(ru, en, n), { kind });
    }
    case 'Region':
      return node(templated('Область {n}', 'Region {n}', n), {
        iso: `KZ-S${n}`,
        lat: 41 + r.next() * 14,
        lon: 47 + r.next() * 40,
      });
    case 'City':
      return node(cityNames(index), { lat: 41 + r.next() * 14, lon: 47 + r.next() * 40 });
    case 'SupplyChannel':
      return node(templated('Канал поставки №{n}', 'Supply channel No. {n}', n), {
        year: r.between(2015, 2024),
      });
    case 'Seizure':
      return node(templated('Изъятие №{n}', 'Seizure No. {n}', n), {
        amountKg: Math.round(r.heavyCount(1, 5000, 1.2) * 10) / 10 + 0.5,
        substance: r.pick(SUBSTANCES),
        year: r.between(2015, 2024),
      });
    case 'Directive':
      return node(templated('Поручение №{n}', 'Directive No. {n}', n), {
        text: `Обеспечить исполнение поручения №${n} в установленный срок.`,
        summaryEn: `Carry out directive No. ${n} on time.`,
      });
    case 'Meeting':
      return node(templated('Совещание №{n}', 'Meeting No. {n}', n), { year: r.between(2015, 2024) });
    case 'Indicator': {
      const change = Math.round((r.next() - 0.5) * 200) / 10;
      return node(templated('Показатель №{n}', 'Indicator No. {n}', n), {
        metric: r.pick(METRICS),
        value: r.between(10, 5000),
        unit: 'count',
        year: r.between(2015, 2024),
        change,
        direction: change < 0 ? 'down' : 'up',
      });
    }
    case 'Measure':
      return node(templated('Мера №{n}', 'Measure No. {n}', n));
    case 'Operation': {
      const year = r.between(2015, 2024);
      const month = r.between(1, 9);
      return node(templated('ОПМ «Операция {n}»', 'Operation No. {n}', n), {
        codeName: `Операция ${n}`,
        kind: 'ОПМ',
        year,
        period: `${year}-0${month}/${year}-${String(month + 3).padStart(2, '0')}`,
      });
    }
    case 'Source': {
      // Each document its own text (one Source per sha256), every quote at the same offsets.
      const text = sourceText(n);
      return node(templated('Документ №{n}', 'Document No. {n}', n), {
        kind: 'document',
        title: `Документ №${n}`,
        language: 'ru',
        text,
        sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      });
    }
    default: {
      // A label new to the vocabulary: named after its display names until it gets a case of its own.
      const names: { ru: string; en: string } = LABELS[label as NodeLabel];
      return node(templated(`${names.ru} №{n}`, `${names.en} No. {n}`, n));
    }
  }
}
