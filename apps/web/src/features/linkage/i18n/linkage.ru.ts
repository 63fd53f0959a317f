import type { linkageEn } from './linkage.en';

// Russian messages of the linkage review page (same keys and placeholders as linkage.en.ts).
export const linkageRu: Record<keyof typeof linkageEn, string> = {
  'linkage.nav': 'Связывание',
  'linkage.title': 'Проверка связывания записей',
  'linkage.intro':
    'Находит записи об одном и том же человеке среди записей о людях в хранилище. Записи открываются и сравниваются на этом устройстве; сервер получает только идентификаторы записей, ваши решения и случайные псевдонимные идентификаторы людей — никогда имена.',

  'linkage.load.opening': 'Открываем {done} из {total} записей…',
  'linkage.load.openingUnknown': 'Открываем записи: {done}…',
  'linkage.load.failed': 'Не удалось открыть записи о людях.',
  'linkage.run.stage.prepare': 'Подготовка имён',
  'linkage.run.stage.sample': 'Выборка случайных пар',
  'linkage.run.stage.block': 'Поиск пар-кандидатов',
  'linkage.run.stage.train': 'Обучение модели',
  'linkage.run.stage.score': 'Оценка пар',
  'linkage.run.stage.cluster': 'Объединение записей в людей',
  'linkage.run.progress': '{name}: {done} из {total}',
  'linkage.run.cancel': 'Отменить',
  'linkage.run.cancelled': 'Связывание отменено. Ничего не изменено.',
  'linkage.run.start': 'Связать записи',
  'linkage.run.failed': 'Связывание не удалось: {reason}',
  'linkage.run.warnings': 'Замечания модели связывания',
  'linkage.rerun': 'Пересчитать с моими решениями',
  'linkage.rerun.changed':
    '{count, plural, =0 {Пересчёт не изменил ни одного кластера.} one {Пересчёт изменил # кластер.} few {Пересчёт изменил # кластера.} many {Пересчёт изменил # кластеров.} other {Пересчёт изменил # кластера.}}',

  'linkage.empty.records.title': 'Нет записей о людях',
  'linkage.empty.records.body':
    'В этом хранилище пока нет записей о людях. Добавьте или импортируйте их и вернитесь, чтобы связать.',
  'linkage.empty.one.title': 'Нечего связывать',
  'linkage.empty.one.body':
    'Для связывания нужны хотя бы две записи о людях; в этом хранилище одна.',
  'linkage.empty.queue.title': 'Нечего проверять',
  'linkage.empty.queue.body': 'Каждая пара явно совпадает или явно не совпадает.',

  'linkage.summary.title': 'Сводка',
  'linkage.summary.records': 'Записи о людях',
  'linkage.summary.people': 'Людей после связывания',
  'linkage.summary.pairs': 'Пар на проверку',
  'linkage.summary.lastRun': 'Последний сохранённый расчёт',
  'linkage.summary.noRun': 'Пока нет',
  'linkage.summary.run':
    'Расчёт {seq}, {date, date, medium} {date, time, short}, сохранил(а): {name}',
  'linkage.summary.server':
    '{count, plural, one {Сервер насчитывает # человека} few {Сервер насчитывает # человек} many {Сервер насчитывает # человек} other {Сервер насчитывает # человека}} по псевдонимным идентификаторам кластеров.',
  'linkage.summary.decisions': 'Решения',
  'linkage.summary.decisionCounts':
    'совпадение: {first} · не совпадение: {last} · не уверен(а): {count}',
  'linkage.summary.unsaved':
    '{count, plural, =0 {На экране кластеры сохранённого расчёта.} one {# кластер на экране отличается от сохранённого расчёта.} few {# кластера на экране отличаются от сохранённого расчёта.} many {# кластеров на экране отличаются от сохранённого расчёта.} other {# кластера на экране отличаются от сохранённого расчёта.}}',

  'linkage.queue.title': 'Очередь проверки',
  'linkage.queue.hint': 'Пары около порога, самые неопределённые первыми.',
  'linkage.queue.label': 'Пары на проверку',
  'linkage.queue.more':
    '{count, plural, one {и ещё # пара} few {и ещё # пары} many {и ещё # пар} other {и ещё # пары}}',
  'linkage.queue.probability': '{percent} %',
  'linkage.pair.title': 'Пара',
  'linkage.pair.left': 'Запись 1',
  'linkage.pair.right': 'Запись 2',
  'linkage.pair.open': 'Открыть запись',
  'linkage.pair.match': 'Совпадение',
  'linkage.pair.nonMatch': 'Не совпадение',
  'linkage.pair.unsure': 'Не уверен(а)',
  'linkage.pair.undo': 'Отменить последнее решение',
  'linkage.pair.keys':
    'Клавиши: m совпадение · n не совпадение · u не уверен(а) · j или ↓ следующая · k или ↑ предыдущая · z отменить',
  'linkage.pair.decided.match': 'Отмечено как совпадение.',
  'linkage.pair.decided.non-match': 'Отмечено как не совпадение.',
  'linkage.pair.decided.unsure': 'Отмечено как «не уверен(а)».',
  'linkage.pair.decided.withdrawn': 'Решение отменено.',

  'linkage.column.name': 'Имя',
  'linkage.column.alias': 'Другое имя',
  'linkage.column.birth': 'Дата или год рождения',
  'linkage.column.sex': 'Пол',
  'linkage.column.citizenship': 'Гражданство',
  'linkage.field.none': '—',
  'linkage.unnamed': 'Запись без имени',

  'linkage.explain.title': 'Почему модель так оценила пару',
  'linkage.explain.comparison': 'Сравнение',
  'linkage.explain.level': 'Уровень',
  'linkage.explain.weight': 'Вес',
  'linkage.explain.prior': 'Априорный вес (любые две записи)',
  'linkage.explain.total': 'Итоговый вес',
  'linkage.explain.probability': 'Вероятность совпадения: {percent} %',
  'linkage.explain.notCompared': 'У модели нет сравнения этих двух записей.',
  'linkage.explain.loading': 'Сравниваем…',

  'linkage.clusters.title': 'Кластеры',
  'linkage.clusters.hint':
    'Люди, о которых больше одной записи. Откройте кластер, чтобы увидеть его записи рядом.',
  'linkage.clusters.search': 'Поиск по имени',
  'linkage.clusters.searchHint':
    'Любое имя, любым алфавитом. Поиск находит и записи, которые ни с чем не связаны.',
  'linkage.clusters.none': 'Ни в одном кластере нет больше одной записи.',
  'linkage.clusters.noMatch': 'Ни один кластер не подходит под поиск.',
  'linkage.clusters.records':
    '{count, plural, one {# запись} few {# записи} many {# записей} other {# записи}}',
  'linkage.clusters.more':
    '{count, plural, one {и ещё # кластер} few {и ещё # кластера} many {и ещё # кластеров} other {и ещё # кластера}}',
  'linkage.clusters.close': 'Закрыть',
  'linkage.clusters.split': 'Отделить эту запись',
  'linkage.clusters.mergeWith': 'Объединить с…',
  'linkage.clusters.merge': 'Объединить',
  'linkage.clusters.splitDone': 'Запись отделена: решения сохранены, связывание пересчитано.',
  'linkage.clusters.mergeDone': 'Кластеры объединены: решение сохранено, связывание пересчитано.',

  'linkage.history.title': 'История решений',
  'linkage.history.empty': 'Решений пока нет.',
  'linkage.history.when': '{date, date, medium} {date, time, short}',
  'linkage.history.by': 'принял(а): {name}',
  'linkage.history.undo': 'Отменить',
  'linkage.history.undone': 'Решение отменено, связывание пересчитано.',
  'linkage.history.decision.match': 'совпадение',
  'linkage.history.decision.non-match': 'не совпадение',
  'linkage.history.decision.unsure': 'не уверен(а)',
  'linkage.history.decision.withdrawn': 'отменено',
  'linkage.history.more':
    '{count, plural, one {и ещё # более раннее решение} few {и ещё # более ранних решения} many {и ещё # более ранних решений} other {и ещё # более раннего решения}}',

  'linkage.save.title': 'Сохранение кластеров',
  'linkage.save.hint':
    'Сохраняет, какие записи относятся к одному человеку, в виде случайных псевдонимных идентификаторов, чтобы сервер мог считать людей без имён. Сохранение можно отменить, восстановив более ранний расчёт.',
  'linkage.save.button': 'Сохранить кластеры',
  'linkage.save.done': 'Сохранено как расчёт {seq}.',
  'linkage.save.stale':
    'Пока вы работали, кто-то сохранил более новое связывание. Перезагрузите, чтобы начать с него.',
  'linkage.save.reload': 'Перезагрузить',
  'linkage.runs.title': 'Сохранённые расчёты',
  'linkage.runs.empty': 'Ни один расчёт ещё не сохранён.',
  'linkage.runs.number': 'Расчёт {seq}',
  'linkage.runs.counts':
    '{count, plural, one {# человек} few {# человека} many {# человек} other {# человека}} из {total} записей',
  'linkage.runs.restoredFrom': 'восстанавливает расчёт {seq}',
  'linkage.runs.latest': 'текущий',
  'linkage.runs.restore': 'Восстановить этот расчёт',
  'linkage.runs.restored': 'Расчёт {seq} восстановлен как самый новый.',

  'linkage.you': 'вы',
  'linkage.someone': 'другой участник',

  'linkage.level.missing': 'нет с одной стороны',
  'linkage.level.exact': 'точно',
  'linkage.level.different': 'различаются',
  'linkage.level.otherOrder': 'те же слова в другом порядке',
  'linkage.level.transliteration': 'то же имя в другой транслитерации',
  'linkage.level.swapped': 'переставлено с другим именем',
  'linkage.level.wordsMissing': 'части слов нет с одной стороны',
  'linkage.level.similar': 'похожее написание (≥ {value})',
  'linkage.level.editDistance':
    '{count, plural, one {не больше # опечатки} few {не больше # опечаток} many {не больше # опечаток} other {не больше # опечатки}}',
  'linkage.level.transposed': 'день и месяц переставлены',
  'linkage.level.typo': 'одна опечатка',
  'linkage.level.partial': 'неполная дата совпадает',
  'linkage.level.sameYear': 'тот же год',
  'linkage.level.withinYears':
    '{count, plural, one {в пределах # года} few {в пределах # лет} many {в пределах # лет} other {в пределах # года}}',
};
