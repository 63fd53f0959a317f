import type { Random } from './prng';

/**
 * Small name lists for synthetic people: common given names, patronymics and surnames, so that
 * the screens and the name search look like real work. Any resemblance to a real person is
 * chance, which is why every synthetic person's notes say so (SYNTHETIC_NOTE in dataset.ts).
 */

/** Whose names to draw: Russian, Ukrainian or Crimean Tatar. */
export type NameOrigin = 'ru' | 'uk' | 'crh';
export type Sex = 'male' | 'female';

type Pair = readonly [male: string, female: string];

interface NameList {
  readonly male: readonly string[];
  readonly female: readonly string[];
  readonly surnames: readonly Pair[];
  readonly patronymics: readonly Pair[];
}

/** Surname or patronymic pairs from stems: `stem + male ending`, `stem + female ending`. */
const pairs = (male: string, female: string, stems: readonly string[]): Pair[] =>
  stems.map((s) => [`${s}${male}`, `${s}${female}`] as const);
const invariant = (names: readonly string[]): Pair[] => names.map((n) => [n, n] as const);

const LISTS: Readonly<Record<NameOrigin, NameList>> = {
  ru: {
    male: [
      'Александр',
      'Алексей',
      'Андрей',
      'Антон',
      'Артём',
      'Борис',
      'Вадим',
      'Виктор',
      'Владимир',
      'Георгий',
      'Григорий',
      'Дмитрий',
      'Евгений',
      'Егор',
      'Иван',
      'Игорь',
      'Илья',
      'Кирилл',
      'Константин',
      'Максим',
      'Михаил',
      'Никита',
      'Николай',
      'Олег',
      'Павел',
      'Роман',
      'Сергей',
      'Станислав',
      'Тимур',
      'Фёдор',
      'Юрий',
      'Ярослав',
    ],
    female: [
      'Александра',
      'Алина',
      'Анастасия',
      'Анна',
      'Валентина',
      'Вера',
      'Дарья',
      'Екатерина',
      'Елена',
      'Ирина',
      'Ксения',
      'Мария',
      'Наталья',
      'Ольга',
      'Полина',
      'Светлана',
      'Софья',
      'Татьяна',
      'Юлия',
    ],
    surnames: [
      ...pairs('ов', 'ова', [
        'Абрам',
        'Бел',
        'Богдан',
        'Волк',
        'Воронц',
        'Гаврил',
        'Голуб',
        'Ерм',
        'Жук',
        'Зайц',
        'Кирилл',
        'Комар',
        'Крыл',
        'Макар',
        'Морш',
        'Орл',
        'Рыб',
        'Сафон',
        'Сидор',
        'Смирн',
        'Сорок',
        'Тарас',
        'Фрол',
        'Черн',
        'Щерб',
      ]),
      ...pairs('ев', 'ева', ['Василь', 'Григорь', 'Медвед', 'Соловь', 'Яковл']),
      ...pairs('ин', 'ина', ['Иль', 'Карп', 'Лис', 'Никит', 'Сём']),
      ...pairs('ский', 'ская', ['Вишнев', 'Покров', 'Троиц']),
    ],
    patronymics: [
      ...pairs('ович', 'овна', [
        'Александр',
        'Борис',
        'Виктор',
        'Владимир',
        'Иван',
        'Константин',
        'Михайл',
        'Олег',
        'Павл',
        'Роман',
      ]),
      ...pairs('евич', 'евна', ['Алексе', 'Андре', 'Дмитри', 'Евгени', 'Серге', 'Юрь']),
    ],
  },
  uk: {
    male: [
      'Андрій',
      'Богдан',
      'Василь',
      'Віктор',
      'Володимир',
      'Дмитро',
      'Євген',
      'Іван',
      'Ігор',
      'Максим',
      'Микола',
      'Михайло',
      'Назар',
      'Олег',
      'Олександр',
      'Олексій',
      'Остап',
      'Павло',
      'Петро',
      'Роман',
      'Сергій',
      'Степан',
      'Тарас',
      'Юрій',
    ],
    female: [
      'Анна',
      'Валентина',
      'Вікторія',
      'Галина',
      'Дарина',
      'Ірина',
      'Катерина',
      'Людмила',
      'Марія',
      'Наталія',
      'Оксана',
      'Олена',
      'Ольга',
      'Світлана',
      'Софія',
      'Тетяна',
    ],
    surnames: [
      ...invariant([
        'Бондаренко',
        'Бойко',
        'Гончаренко',
        'Гриценко',
        'Дорошенко',
        'Іваненко',
        'Карпенко',
        'Клименко',
        'Коваленко',
        'Кравчук',
        'Кузьменко',
        'Левченко',
        'Литвиненко',
        'Марченко',
        'Мельничук',
        'Мороз',
        'Олійник',
        'Павленко',
        'Петрук',
        'Поліщук',
        'Романюк',
        'Савчук',
        'Сидоренко',
        'Ткачук',
        'Федоренко',
        'Шевчук',
        'Яковенко',
      ]),
      ...pairs('ський', 'ська', ['Ковал', 'Вишнев', 'Бережн']),
    ],
    patronymics: [
      ...pairs('ович', 'івна', [
        'Богдан',
        'Іван',
        'Михайл',
        'Олександр',
        'Петр',
        'Степан',
        'Тарас',
      ]),
      ...pairs('ійович', 'іївна', ['Андр', 'Серг', 'Юр']),
    ],
  },
  crh: {
    male: [
      'Айдер',
      'Алим',
      'Асан',
      'Бекир',
      'Велиляй',
      'Дилявер',
      'Иса',
      'Ленур',
      'Мамут',
      'Нариман',
      'Ремзи',
      'Рустем',
      'Сейран',
      'Сервер',
      'Эдем',
      'Эльдар',
      'Энвер',
      'Эрнест',
      'Якуб',
    ],
    female: [
      'Айше',
      'Алие',
      'Гульнара',
      'Диляра',
      'Зарема',
      'Лейля',
      'Ленийе',
      'Мавиле',
      'Урие',
      'Фатьма',
      'Эльвиза',
      'Эльмаз',
    ],
    surnames: pairs('ов', 'ова', [
      'Абдулла',
      'Аблямит',
      'Адиль',
      'Амет',
      'Асан',
      'Бекир',
      'Ибраим',
      'Исмаил',
      'Кадыр',
      'Мамут',
      'Мемет',
      'Сеитвели',
      'Сулейман',
      'Халил',
    ]),
    patronymics: pairs('ович', 'овна', ['Асан', 'Бекир', 'Мамут', 'Нариман', 'Рустем', 'Эдем']),
  },
};

/** A synthetic person's name: surname, given name and (usually) patronymic. */
export const drawName = (
  random: Random,
  origin: NameOrigin,
  sex: Sex,
): { given: string; full: string } => {
  const list = LISTS[origin];
  const at = sex === 'male' ? 0 : 1;
  const given = random.pick(sex === 'male' ? list.male : list.female);
  const surname = random.pick(list.surnames)[at];
  const withPatronymic = origin !== 'crh' || random.chance(0.6);
  const middle = withPatronymic ? ` ${random.pick(list.patronymics)[at]}` : '';
  return { given, full: `${surname} ${given}${middle}` };
};
