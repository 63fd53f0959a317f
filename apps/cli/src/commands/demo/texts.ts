import { resolveTerm, termLabel, type VocabularyId } from '@vigil/core';
import { isoOf } from './dates';
import type { Random } from './prng';

/**
 * The free text of synthetic records (sealed on this machine like any other text). Every text
 * starts with SYNTHETIC_MARK, so that no one mistakes a demo record for testimony.
 */

/** Opens every synthetic text. */
export const SYNTHETIC_MARK = '[SYNTHETIC DEMO DATA / ВЫМЫШЛЕННЫЕ ДАННЫЕ]';

/** A vocabulary term's Russian label, lower-cased at the start, for running text. */
export const labelRu = (list: VocabularyId, code: string): string => {
  const term = resolveTerm(list, code);
  const label = term === undefined ? code : termLabel(term, 'ru');
  return label.charAt(0).toLowerCase() + label.slice(1);
};

/** `dd.mm.yyyy`, as Russian documents write a day. */
const ruDay = (day: number): string => isoOf(day).split('-').reverse().join('.');

const marked = (text: string): string => `${SYNTHETIC_MARK} ${text}`;

const AFTERMATHS = [
  'Жалобу на действия сотрудников оставили без ответа.',
  'После этого пострадавшего поместили в ШИЗО на 15 суток.',
  'От пострадавшего требовали подписать признательные показания.',
  'Медицинская помощь оказана не была.',
  'Адвоката не допускали несколько дней.',
  'Родственникам о месте содержания не сообщали.',
  'Следы побоев видел сокамерник.',
  'Видеорегистраторы сотрудников в это время были выключены.',
] as const;

/** What happened: date, place, methods and one consequence, in Russian. */
export const incidentNarrative = (
  random: Random,
  input: { given: string; day: number; place: string; act: string; methods: readonly string[] },
): string => {
  const methods =
    input.methods.length === 0
      ? ''
      : ` Применённые методы: ${input.methods.map((m) => labelRu('violence-methods', m)).join('; ')}.`;
  return marked(
    `${ruDay(input.day)}, ${input.place}: ${input.given} сообщает о следующем — ${labelRu('act-types', input.act)}.${methods} ${random.pick(AFTERMATHS)}`,
  );
};

/** How the person came to be held. */
export const detentionCircumstances = (
  random: Random,
  input: { given: string; day: number; transfer: boolean },
): string =>
  marked(
    input.transfer
      ? `${ruDay(input.day)} ${input.given} этапирован(а) в это учреждение; о переводе семью не уведомили.`
      : `${ruDay(input.day)} ${input.given} ${random.pick([
          'задержан(а) у дома сотрудниками в масках',
          'задержан(а) на блокпосту при выезде из города',
          'задержан(а) после обыска по месту жительства',
          'вызван(а) на допрос и не вернулся(ась)',
          'задержан(а) на одиночном пикете',
          'задержан(а) при пересечении границы',
        ])}.`,
  );

/** A source's account. */
export const testimonyText = (random: Random, input: { given: string; who: string }): string =>
  marked(
    `${input.who} рассказывает о том, что пережил(а) ${input.given}. ${random.pick([
      'Рассказ записан по телефону, подробности сверены с письмом из учреждения.',
      'Интервью записано после освобождения, в безопасном месте.',
      'Сведения переданы адвокатом после свидания в следственном изоляторе.',
      'Описание совпадает с рассказами двух других бывших заключённых.',
    ])}`,
  );

/** A medical finding's description. */
export const findingDescription = (
  random: Random,
  input: { type: string; regions: readonly string[] },
): string =>
  marked(
    `Осмотр выявил: ${input.type} (${input.regions.join(', ')}). ${random.pick([
      'Давность повреждений соответствует сообщённой дате.',
      'Повреждения частично зажили, остаются следы.',
      'Рекомендовано повторное обследование.',
    ])}`,
  );

/** The text of a complaint or appeal. */
export const interventionText = (input: { given: string; kindLabel: string }): string =>
  marked(
    `${input.kindLabel} в интересах ${input.given}: просим провести проверку, обеспечить доступ адвоката и медицинскую помощь.`,
  );

/** A reprisal's details. */
export const reprisalDetails = (random: Random, input: { given: string }): string =>
  marked(
    `После обращения ${input.given} ${random.pick([
      'поместили в ШИЗО без объяснения причин',
      'перевели в другой отряд с худшими условиями',
      'угрожали новым уголовным делом',
      'лишили свиданий и передач',
    ])}.`,
  );

/** What informants told a (remote) monitoring visit. */
export const monitoringTexts = (
  random: Random,
  informants: number,
): { informantDetails: string; interviewContent: string; summary: string } => ({
  informantDetails: marked(
    `${informants} информант(ов): освобождённые заключённые и родственники; контакты хранятся отдельно.`,
  ),
  interviewContent: marked(
    random.pick([
      'Информанты описывают переполненные камеры, редкие прогулки и задержки медицинской помощи.',
      'Сообщают о систематических помещениях в ШИЗО за незначительные нарушения.',
      'По словам информантов, адвокатов допускают с задержкой в несколько дней.',
    ]),
  ),
  summary: marked('Сводка удалённого мониторинга, составлена для демонстрации.'),
});

/** A finding of a monitoring report. */
export const monitoringFindingText = (random: Random): string =>
  marked(
    random.pick([
      'Рекомендуется обеспечить немедленный доступ к врачу после каждого применения силы.',
      'Рекомендуется прекратить практику повторных помещений в ШИЗО.',
      'Просим сообщить число жалоб на жестокое обращение за отчётный период.',
      'Площадь камер не соответствует минимальному стандарту 4 м² на человека.',
      'Рекомендуется уведомлять родственников о переводе в течение 24 часов.',
    ]),
  );

/** Names of perpetrators as sources give them: ranks and nicknames, never real names. */
export const namedPerpetrator = (random: Random): string =>
  `${random.pick(['оперативник', 'сотрудник спецназа', 'начальник отряда', 'следователь', 'дежурный'])} по прозвищу «${random.pick(['Доктор', 'Боцман', 'Кузнец', 'Малой', 'Сапёр', 'Лысый', 'Шаман'])}» (вымышленный)`;
