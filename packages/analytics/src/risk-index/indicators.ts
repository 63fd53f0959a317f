import type { Level, Pillar } from './pillars';

/** Text in the languages of the methodology page. */
export interface Bilingual {
  readonly en: string;
  readonly ru: string;
}

/**
 * One indicator of the index: what is measured, at which levels, where the value comes from and
 * how a raw value becomes a 0..1 risk (1 = worst).
 */
export interface IndicatorDefinition {
  readonly id: string;
  readonly pillar: Pillar;
  readonly levels: readonly Level[];
  /** `records`: computed from documented records; `expert`: entered by an expert with evidence. */
  readonly source: 'records' | 'expert';
  readonly direction: 'higher-is-worse' | 'higher-is-better';
  /**
   * What a raw value is. It decides the sampling uncertainty of records-based values that carry a
   * `basis`: a share of `basis` observations, a rate per 100 of `basis` exposures, a count of events
   * or an expert's rating on a scale.
   */
  readonly measure: 'share' | 'rate-per-100' | 'count' | 'scale';
  /** How raw values become 0..1 risk (1 = worst): min-max over the units compared, or fixed goalposts (documented, preferred where meaningful, e.g. share 0..1). */
  readonly normalisation:
    | { readonly kind: 'goalposts'; readonly min: number; readonly max: number }
    | { readonly kind: 'min-max' }
    | { readonly kind: 'log-goalposts'; readonly min: number; readonly max: number };
  readonly label: Bilingual;
  /** What is measured and how, for the methodology page. */
  readonly method: Bilingual;
}

const ALL: readonly Level[] = ['country', 'region', 'facility'];
const share = { kind: 'goalposts', min: 0, max: 1 } as const;
const scale04 = { kind: 'goalposts', min: 0, max: 4 } as const;

/** The indicator catalogue of this methodology version, grouped by pillar. */
export const INDICATORS: readonly IndicatorDefinition[] = [
  // 1. Political commitment
  {
    id: 'torture-definition',
    pillar: 'political-commitment',
    levels: ['country'],
    source: 'expert',
    direction: 'higher-is-better',
    measure: 'scale',
    normalisation: scale04,
    label: {
      en: 'Torture criminalised as defined in UNCAT article 1',
      ru: 'Уголовная ответственность за пытки по определению ст. 1 Конвенции против пыток',
    },
    method: {
      en: 'Expert rating of the criminal law, 0–4: 0 no offence of torture; 1 torture only as an aggravating element of other offences such as abuse of office; 2 a distinct offence narrower than article 1 of the Convention against Torture (purpose, perpetrators or acquiescence left out); 3 consistent with article 1 but with penalties below its gravity or a limitation period; 4 consistent with article 1, commensurate penalties and no limitation period.',
      ru: 'Экспертная оценка уголовного закона, 0–4: 0 — состава пытки нет; 1 — пытка лишь отягчающий признак других составов, например превышения полномочий; 2 — отдельный состав, но уже определения ст. 1 Конвенции против пыток (не охвачены цель, исполнители или молчаливое согласие); 3 — соответствует ст. 1, но наказание ниже тяжести деяния или действует срок давности; 4 — соответствует ст. 1, наказание соразмерно, срока давности нет.',
    },
  },
  {
    id: 'mechanisms-outside',
    pillar: 'political-commitment',
    levels: ['country'],
    source: 'expert',
    direction: 'higher-is-worse',
    measure: 'count',
    normalisation: { kind: 'goalposts', min: 0, max: 5 },
    label: {
      en: 'International anti-torture mechanisms the state is outside of',
      ru: 'Международные механизмы против пыток, вне которых находится государство',
    },
    method: {
      en: 'Expert count, 0–5, of these safeguards the state has left, denounced or never accepted: the European Convention on Human Rights (applications to the European Court), the European Convention for the Prevention of Torture (CPT visits), the Optional Protocol to the Convention against Torture (OPCAT), individual complaints under article 22 and inquiries under article 20 of the Convention against Torture. Evidence: the treaty record with dates.',
      ru: 'Экспертный подсчёт, 0–5, гарантий, из которых государство вышло, которые денонсировало или никогда не признавало: Европейская конвенция о защите прав человека (жалобы в Европейский суд), Европейская конвенция по предупреждению пыток (визиты ЕКПП), Факультативный протокол к Конвенции против пыток (ФПКПП), индивидуальные жалобы по ст. 22 и расследования по ст. 20 Конвенции против пыток. Подтверждение — сведения о договорах с датами.',
    },
  },
  {
    id: 'official-endorsement',
    pillar: 'political-commitment',
    levels: ['country', 'region'],
    source: 'expert',
    direction: 'higher-is-worse',
    measure: 'scale',
    normalisation: scale04,
    label: {
      en: 'Officials deny, justify or encourage ill-treatment',
      ru: 'Должностные лица отрицают, оправдывают или поощряют жестокое обращение',
    },
    method: {
      en: 'Expert rating of public statements by officials with authority over places of detention in the period, 0–4: 0 torture is condemned and allegations are referred for investigation; 1 allegations are dismissed without inquiry; 2 officials deny documented cases; 3 officials justify ill-treatment of some groups; 4 officials call for or praise it.',
      ru: 'Экспертная оценка публичных высказываний должностных лиц, ответственных за места заключения, за период, 0–4: 0 — пытки осуждаются, сообщения передаются на проверку; 1 — сообщения отвергаются без проверки; 2 — задокументированные случаи отрицаются; 3 — жестокое обращение с отдельными группами оправдывается; 4 — к нему призывают или его одобряют.',
    },
  },
  // 2. Police brutality and institutional violence
  {
    id: 'incident-rate',
    pillar: 'institutional-violence',
    levels: ALL,
    source: 'records',
    direction: 'higher-is-worse',
    measure: 'rate-per-100',
    normalisation: { kind: 'log-goalposts', min: 0.1, max: 20 },
    label: {
      en: 'Documented incidents per 100 detentions per year',
      ru: 'Задокументированные случаи на 100 задержаний в год',
    },
    method: {
      en: 'Incidents of torture or ill-treatment documented for the unit in the period, per 100 detentions documented for the same unit and period, per year. Basis: the number of detentions. Logarithmic goalposts 0.1 and 20, because documented rates span orders of magnitude.',
      ru: 'Задокументированные случаи пыток и жестокого обращения в единице за период на 100 задокументированных задержаний в той же единице за тот же период, в пересчёте на год. Основание — число задержаний. Логарифмические границы 0,1 и 20, так как задокументированные частоты различаются на порядки.',
    },
  },
  {
    id: 'severe-methods-share',
    pillar: 'institutional-violence',
    levels: ALL,
    source: 'records',
    direction: 'higher-is-worse',
    measure: 'share',
    normalisation: share,
    label: {
      en: 'Share of incidents with severe methods',
      ru: 'Доля случаев с применением тяжёлых методов',
    },
    method: {
      en: 'Share of documented incidents in which at least one severe method was recorded: electric shocks, asphyxiation, sexual violence, suspension or prolonged stress positions, mock execution. Basis: the number of incidents.',
      ru: 'Доля задокументированных случаев, в которых отмечен хотя бы один тяжёлый метод: электрошок, удушение, сексуальное насилие, подвешивание или длительные стрессовые позы, имитация казни. Основание — число случаев.',
    },
  },
  // 3. Freedom from torture while deprived of liberty
  {
    id: 'isolation-share',
    pillar: 'deprivation-of-liberty',
    levels: ALL,
    source: 'records',
    direction: 'higher-is-worse',
    measure: 'share',
    normalisation: share,
    label: {
      en: 'Share of incidents involving isolation',
      ru: 'Доля случаев с применением изоляции',
    },
    method: {
      en: 'Share of documented incidents in places of detention that involved a method of isolation: punishment cell (ShIZO), cell-type premises (PKT), solitary confinement, or transfer without notice. Basis: the number of incidents in places of detention.',
      ru: 'Доля задокументированных случаев в местах заключения, связанных с изоляцией: ШИЗО, ПКТ, одиночное содержание или этапирование без уведомления. Основание — число случаев в местах заключения.',
    },
  },
  {
    id: 'incommunicado-share',
    pillar: 'deprivation-of-liberty',
    levels: ALL,
    source: 'records',
    direction: 'higher-is-worse',
    measure: 'share',
    normalisation: share,
    label: {
      en: 'Share of detentions held incommunicado',
      ru: 'Доля задержаний без связи с внешним миром',
    },
    method: {
      en: 'Share of documented detentions in which the whereabouts were not disclosed to family or counsel, or a lawyer of the person’s choice was denied access. Basis: the number of detentions.',
      ru: 'Доля задокументированных задержаний, при которых местонахождение не сообщалось родственникам или защитнику либо адвокату по выбору задержанного отказывали в доступе. Основание — число задержаний.',
    },
  },
  {
    id: 'deaths-in-custody',
    pillar: 'deprivation-of-liberty',
    levels: ALL,
    source: 'records',
    direction: 'higher-is-worse',
    measure: 'count',
    normalisation: { kind: 'min-max' },
    label: {
      en: 'Deaths in custody documented per year',
      ru: 'Задокументированные смерти под стражей в год',
    },
    method: {
      en: 'Deaths in custody documented for the unit in the period, per year, whatever the stated cause. Min-max over the units compared, because the size of units differs by level and no common denominator is recorded.',
      ru: 'Смерти под стражей, задокументированные в единице за период, в пересчёте на год, независимо от заявленной причины. Нормировка min-max по сравниваемым единицам: размер единиц зависит от уровня, а общего знаменателя в записях нет.',
    },
  },
  {
    id: 'monitoring-access',
    pillar: 'deprivation-of-liberty',
    levels: ALL,
    source: 'expert',
    direction: 'higher-is-better',
    measure: 'scale',
    normalisation: scale04,
    label: {
      en: 'Independent monitoring access (OPCAT, NPM, public monitoring commissions)',
      ru: 'Доступ независимого мониторинга (ФПКПП, НПМ, ОНК)',
    },
    method: {
      en: 'Expert rating of access in practice in the period, 0–4: 0 no independent body can visit; 1 visits only by bodies dependent on the authorities or only announced visits; 2 independent visits possible but restricted (announced, no private interviews, areas off limits); 3 unannounced visits with private interviews, but irregular or followed by reprisals; 4 regular unannounced visits by an independent body meeting OPCAT standards, with private interviews and published reports.',
      ru: 'Экспертная оценка фактического доступа за период, 0–4: 0 — независимые посещения невозможны; 1 — посещают только зависимые от власти органы или только с предупреждением; 2 — независимые посещения возможны, но ограничены (с предупреждением, без конфиденциальных бесед, часть помещений закрыта); 3 — посещения без предупреждения с конфиденциальными беседами, но нерегулярные или с последующим преследованием; 4 — регулярные посещения без предупреждения независимым органом по стандартам ФПКПП, с конфиденциальными беседами и публикацией докладов.',
    },
  },
  // 4. Ending impunity
  {
    id: 'no-investigation-share',
    pillar: 'impunity',
    levels: ALL,
    source: 'records',
    direction: 'higher-is-worse',
    measure: 'share',
    normalisation: share,
    label: {
      en: 'Share of complaints with no investigation',
      ru: 'Доля жалоб без расследования',
    },
    method: {
      en: 'Share of documented complaints and interventions about ill-treatment in which no criminal case was opened, opening one was refused (including repeated refusals after appeal), or no answer came within the legal time limit. Basis: the number of complaints.',
      ru: 'Доля задокументированных жалоб и обращений о жестоком обращении, по которым уголовное дело не возбуждено, в возбуждении отказано (включая повторные отказы после обжалования) или ответ не получен в установленный срок. Основание — число жалоб.',
    },
  },
  {
    id: 'prosecution-share',
    pillar: 'impunity',
    levels: ALL,
    source: 'records',
    direction: 'higher-is-better',
    measure: 'share',
    normalisation: { kind: 'goalposts', min: 0, max: 0.25 },
    label: {
      en: 'Share of complaints leading to charges against officials',
      ru: 'Доля жалоб, приведших к обвинению должностных лиц',
    },
    method: {
      en: 'Share of documented complaints about ill-treatment that led to criminal charges against at least one official. Basis: the number of complaints. The upper goalpost 0.25 is a judgement: not every complaint should lead to charges, so a quarter or more is treated as the best level.',
      ru: 'Доля задокументированных жалоб на жестокое обращение, по которым хотя бы одному должностному лицу предъявлено обвинение. Основание — число жалоб. Верхняя граница 0,25 — оценочное решение: не каждая жалоба должна вести к обвинению, поэтому четверть и более считается лучшим уровнем.',
    },
  },
  {
    id: 'amnesty-impunity',
    pillar: 'impunity',
    levels: ['country'],
    source: 'expert',
    direction: 'higher-is-worse',
    measure: 'scale',
    normalisation: scale04,
    label: {
      en: 'Amnesty and impunity laws',
      ru: 'Амнистии и законы, обеспечивающие безнаказанность',
    },
    method: {
      en: 'Expert rating, 0–4: 0 no amnesty or immunity can cover torture; 1 amnesties could cover it but are not applied to it; 2 applied to officials or perpetrators of ill-treatment now and then; 3 laws or practices that routinely end such cases, such as release from liability in exchange for military service; 4 explicit legal immunity for acts of torture.',
      ru: 'Экспертная оценка, 0–4: 0 — амнистия или иммунитет не могут распространяться на пытки; 1 — могут, но не применяются; 2 — время от времени применяются к должностным лицам или виновным в жестоком обращении; 3 — законы или практика, систематически прекращающие такие дела, например освобождение от ответственности в обмен на военную службу; 4 — прямой правовой иммунитет за пытки.',
    },
  },
  // 5. Victims' rights
  {
    id: 'redress-share',
    pillar: 'victims-rights',
    levels: ['country', 'region'],
    source: 'records',
    direction: 'higher-is-better',
    measure: 'share',
    normalisation: share,
    label: {
      en: 'Share of victims who obtained redress',
      ru: 'Доля пострадавших, получивших возмещение',
    },
    method: {
      en: 'Share of victims whose cases were closed in the period who obtained compensation, rehabilitation or a court finding of a violation, from a domestic or international body. Basis: the number of victims with closed cases.',
      ru: 'Доля пострадавших, чьи дела завершены за период, получивших компенсацию, реабилитацию или судебное признание нарушения от национального или международного органа. Основание — число пострадавших с завершёнными делами.',
    },
  },
  {
    id: 'complainant-pressure-share',
    pillar: 'victims-rights',
    levels: ALL,
    source: 'records',
    direction: 'higher-is-worse',
    measure: 'share',
    normalisation: share,
    label: {
      en: 'Share of complainants pressured to withdraw',
      ru: 'Доля заявителей, которых принуждали отозвать жалобу',
    },
    method: {
      en: 'Share of people who complained about ill-treatment and then faced threats, punitive transfer, new charges or pressure on relatives. Basis: the number of complainants.',
      ru: 'Доля людей, пожаловавшихся на жестокое обращение и затем столкнувшихся с угрозами, переводом в наказание, новыми обвинениями или давлением на родственников. Основание — число заявителей.',
    },
  },
  // 6. Protection for all
  {
    id: 'at-risk-share',
    pillar: 'protection-for-all',
    levels: ALL,
    source: 'records',
    direction: 'higher-is-worse',
    measure: 'share',
    normalisation: share,
    label: {
      en: 'Share of victims from groups at risk',
      ru: 'Доля пострадавших из групп риска',
    },
    method: {
      en: 'Share of documented victims who belong to at least one group at risk: national, ethnic or religious minorities; LGBTI people; migrants and stateless people; people with disabilities; children; women in custody; prisoners of war and civilians from occupied territories; people prosecuted for political or religious reasons. Basis: the number of victims. It measures how far documented abuse concentrates on these groups.',
      ru: 'Доля задокументированных пострадавших, относящихся хотя бы к одной группе риска: национальные, этнические или религиозные меньшинства; ЛГБТИ; мигранты и лица без гражданства; люди с инвалидностью; дети; женщины под стражей; военнопленные и гражданские лица с оккупированных территорий; преследуемые по политическим или религиозным мотивам. Основание — число пострадавших. Показывает, насколько задокументированное насилие сосредоточено на этих группах.',
    },
  },
  {
    id: 'discriminatory-laws',
    pillar: 'protection-for-all',
    levels: ['country'],
    source: 'expert',
    direction: 'higher-is-worse',
    measure: 'scale',
    normalisation: scale04,
    label: {
      en: 'Laws that single out groups at risk',
      ru: 'Законы, направленные против групп риска',
    },
    method: {
      en: 'Expert rating, 0–4, of laws that expose groups at risk to detention: 0 none; 1 discriminatory provisions rarely enforced; 2 administrative penalties enforced; 3 criminal penalties enforced against one group, such as banning a movement or faith as extremist; 4 criminal penalties enforced against several groups.',
      ru: 'Экспертная оценка, 0–4, законов, подвергающих группы риска задержанию: 0 — таких нет; 1 — дискриминационные нормы почти не применяются; 2 — применяются административные наказания; 3 — применяются уголовные наказания против одной группы, например признание движения или вероучения экстремистским; 4 — уголовные наказания против нескольких групп.',
    },
  },
  // 7. Right to defend and civic space
  {
    id: 'defender-reprisals',
    pillar: 'civic-space',
    levels: ALL,
    source: 'records',
    direction: 'higher-is-worse',
    measure: 'count',
    normalisation: { kind: 'log-goalposts', min: 1, max: 100 },
    label: {
      en: 'Reprisals against defenders and lawyers per year',
      ru: 'Преследования правозащитников и адвокатов в год',
    },
    method: {
      en: 'Documented reprisals per year against human rights defenders, lawyers, monitors and relatives acting for detainees: searches, detention, prosecution, disbarment, violence, denial of access. Logarithmic goalposts 1 and 100.',
      ru: 'Задокументированные преследования в год правозащитников, адвокатов, наблюдателей и родственников, действующих в интересах задержанных: обыски, задержания, уголовное преследование, лишение статуса адвоката, насилие, отказ в доступе. Логарифмические границы 1 и 100.',
    },
  },
  {
    id: 'civic-space-laws',
    pillar: 'civic-space',
    levels: ['country', 'region'],
    source: 'expert',
    direction: 'higher-is-worse',
    measure: 'scale',
    normalisation: scale04,
    label: {
      en: 'Restrictive civic-space laws and their enforcement',
      ru: 'Законы, ограничивающие гражданское пространство, и их применение',
    },
    method: {
      en: 'Expert rating, 0–4, of "foreign agent", "undesirable organisation" and "discrediting" or "fake news" laws and how hard they are enforced in the unit: 0 no such laws; 1 laws exist, rarely enforced; 2 administrative cases against organisations or defenders; 3 criminal cases; 4 systematic criminal prosecution that has closed down independent monitoring.',
      ru: 'Экспертная оценка, 0–4, законов об «иностранных агентах», «нежелательных организациях», «дискредитации» и «фейках» и жёсткости их применения в единице: 0 — таких законов нет; 1 — есть, почти не применяются; 2 — административные дела против организаций или правозащитников; 3 — уголовные дела; 4 — систематическое уголовное преследование, прекратившее независимый мониторинг.',
    },
  },
];

/** The catalogue's indicators that apply at a level, in catalogue order. */
export const indicatorsFor = (level: Level): readonly IndicatorDefinition[] =>
  INDICATORS.filter((d) => d.levels.includes(level));
