/**
 * The Russian wording of every basis the rules give (the workspace shows `basisRu` under «почему выведено»).
 * The rules write their basis in English, as the seed does; this table gives each its Russian twin in one place,
 * so a reviewer reads both and a new rule cannot ship without one (the unit test runs every development text
 * and fails on a basis this table does not know). Names and quotes are put after a colon or in «», in the
 * form the English basis holds them (the nominative name of a node, or the words as written), so no name
 * has to be inflected.
 */
const TABLE: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^Reported in the release of this body; the sentence does not name who did it\.$/,
    () => 'Сообщается в релизе этого органа; в предложении не сказано, кто это сделал.',
  ],
  [
    /^The first body that seizes named in a release of a body that does not; the sentence does not name who did it\.$/,
    () =>
      'Первый из названных органов, который изымает наркотики, в релизе органа, который этого не делает; в предложении не сказано, кто это сделал.',
  ],
  [
    /^"(.+)": officers of this body, which the release names; the sentence does not name it\.$/,
    (m) => `«${m[1]}» — сотрудники этого органа, названного в релизе; сам орган в предложении не назван.`,
  ],
  [
    /^"(.+)": the officers of this place's police, which the release names; the sentence does not name the body\.$/,
    (m) =>
      `«${m[1]}» — сотрудники полиции этого места, названной в релизе; сам орган в предложении не назван.`,
  ],
  [
    /^The sentence before, in the same paragraph, says this body acted; this one does not name who did it\.$/,
    () =>
      'Предыдущее предложение того же абзаца говорит, что действовал этот орган; в этом не сказано, кто это сделал.',
  ],
  [
    /^An earlier sentence of the same paragraph says this body acted; this one does not name who did it\.$/,
    () =>
      'Одно из предыдущих предложений того же абзаца говорит, что действовал этот орган; в этом не сказано, кто это сделал.',
  ],
  [
    /^The bodies that stopped the drugs on this route cut it\.$/,
    () => 'Органы, остановившие наркотики на этом пути, перекрыли его.',
  ],
  [
    /^«Тем самым» sums up the sentence before, which says this body acted\.$/,
    () => '«Тем самым» подводит итог предыдущему предложению, в котором сказано, что действовал этот орган.',
  ],
  [
    /^"(.+)" in the release of this body: its officers ran the operation; the sentence does not name the body\.$/,
    (m) =>
      `«${m[1]}» в релизе этого органа — его сотрудники провели операцию; сам орган в предложении не назван.`,
  ],
  [
    /^"(.+)" in the release of this body: its officers; the sentence does not name the body\.$/,
    (m) => `«${m[1]}» в релизе этого органа — его сотрудники; сам орган в предложении не назван.`,
  ],
  [
    /^The release is datelined in this city and names no other place for the meeting\.$/,
    () => 'Релиз датирован в этом городе, а другого места встречи в нём не названо.',
  ],
  [
    /^The release is about this place and names no other place for the seizure\.$/,
    () => 'Релиз посвящён этому месту, а другого места изъятия в нём не названо.',
  ],
  [
    /^«В областном центре»: the capital of the region the release is about, which the release names as this city\.$/,
    () => '«В областном центре» — центр области, о которой релиз; релиз называет этот город.',
  ],
  [
    /^The paragraph opens with this place, as a dateline of its episode; the seizure names no other\.$/,
    () => 'Абзац начинается с этого места, как дата и место эпизода; другого места изъятия не названо.',
  ],
  [
    /^The group whose activity these bodies cut carried drugs on this route\.$/,
    () => 'Группа, деятельность которой пресекли эти органы, перевозила наркотики по этому маршруту.',
  ],
  [
    /^The sentence before says where the drugs were carried; the channel cut names no route of its own\.$/,
    () =>
      'Предыдущее предложение говорит, куда и откуда везли наркотики; у перекрытого канала свой маршрут не назван.',
  ],
  [
    /^The channel led to this city, which lies in the region\.$/,
    () => 'Канал вёл в этот город, а город находится в этой области.',
  ],
  [
    /^Cut by the police of this region, so the channels supplied it; the text names only their origins\.$/,
    () =>
      'Каналы перекрыла полиция этого региона, значит, они вели сюда; в тексте названо только, откуда они шли.',
  ],
  [
    /^Given in the passive \(«поручено»\) right after the instructions this person gave\.$/,
    () => 'Поручение дано в безличной форме («поручено») сразу после поручений этого человека.',
  ],
  [
    /^Given by the post this person holds, as the release said before\.$/,
    () => 'Поручение дано от имени должности, которую, как сказано выше, занимает этот человек.',
  ],
  [
    /^Quoted right after the sentence saying the instructions were given\.$/,
    () => 'Приведено сразу после предложения о том, что поручения были даны.',
  ],
  [
    /^One of the results the release attributes to the body and region it is about; the sentence itself names neither\.$/,
    () =>
      'Один из итогов, которые релиз относит к своему органу и региону; в самом предложении они не названы.',
  ],
  [
    /^This paragraph follows his quoted statement; the text does not mark where his words end\.$/,
    () => 'Абзац идёт сразу за его цитатой; в тексте не отмечено, где кончаются его слова.',
  ],
  [
    /^The release reports what this person said within its account of the meeting\.$/,
    () => 'Релиз передаёт слова этого человека в рассказе о совещании.',
  ],
  [
    /^Reported in the account of the meeting; the text does not say it was given there\.$/,
    () => 'Сообщается в рассказе о совещании; в тексте не сказано, что поручение дано именно там.',
  ],
  [
    /^The meeting took place in this body, which reviewed its own work; the text does not say who convened it\.$/,
    () => 'Совещание прошло в этом органе и подводило итоги его работы; кто его созвал, не сказано.',
  ],
  [
    /^Held in the body of this region \(or reported as part of the visit there\); no place is named\.$/,
    () => 'Проведено в органе этого региона (или в ходе поездки туда); место прямо не названо.',
  ],
  [
    /^Reported in the release about this operation, after it is named; the sentence does not say so\.$/,
    () => 'Сообщается в релизе об этой операции после её упоминания; в самом предложении это не сказано.',
  ],
  [
    /^Carried out by the police of the region the release is about; no place is named with it\.$/,
    () => 'Проведено полицией региона, о котором релиз; место при операции не названо.',
  ],
  [
    /^The bodies that sum up the operation's results are those that ran it\.$/,
    () => 'Итоги операции подводят органы, которые её провели.',
  ],
  [
    /^The sentence after the operation is named reports this body's part in it; it does not name the operation\.$/,
    () =>
      'Предложение после упоминания операции говорит об участии этого органа, но саму операцию не называет.',
  ],
  [
    /^The post is named in general terms next to the person\.$/,
    () => 'Должность названа в общем виде рядом с этим человеком.',
  ],
  [
    /^Named in general terms in the release of (.+): taken as its own units\.$/,
    (m) => `Названы в общем виде в релизе органа «${m[1]}»: приняты за его подразделения.`,
  ],
  [
    /^A deputy of the head of the place named, so a post in (.+)\.$/,
    (m) => `Заместитель первого лица названного места, значит, это должность в органе: «${m[1]}».`,
  ],
  [
    /^The (\S+) of the region heads (.+)\.$/,
    (m) => `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1)} области возглавляет орган: «${m[2]}».`,
  ],
  [
    /^The district named with the seizure lies in the region the release is about; districts are no graph label\.$/,
    () => 'Район, названный при изъятии, находится в регионе релиза; районов в графе нет.',
  ],
  [
    /^The sentence before, in the same paragraph, puts the events there; the seizure itself names no place\.$/,
    () => 'Предыдущее предложение того же абзаца называет место событий; при самом изъятии место не названо.',
  ],
  [
    /^An earlier sentence of the same paragraph puts the events there; the seizure itself names no place\.$/,
    () =>
      'Одно из предыдущих предложений того же абзаца называет место событий; при самом изъятии место не названо.',
  ],
  [
    /^«Ещё один» adds it to the channels reported cut just before\.$/,
    () => '«Ещё один» добавляет его к каналам, о перекрытии которых сказано перед этим.',
  ],
  [
    /^«(.+)» refers back to (.+), named before\.$/,
    (m) => `«${m[1]}» отсылает к органу, названному ранее: «${m[2]}».`,
  ],
  [
    /^"(.+)" names no region: taken as the one the document is about\.$/,
    (m) => `«${m[1]}»: регион не назван, принят регион, о котором документ.`,
  ],
  [/^"(.+)" names the region the release is about\.$/, (m) => `«${m[1]}» — регион, о котором релиз.`],
  [
    /^The sentence gives the words of this body's officer and does not name who did it: his body's work\.$/,
    () =>
      'Предложение передаёт слова сотрудника этого органа и не называет, кто это сделал: это работа его органа.',
  ],
];

/** The Russian wording of a basis the rules gave, or null for one this table does not know. */
export function basisRu(basis: string): string | null {
  for (const [re, ru] of TABLE) {
    const m = re.exec(basis);
    if (m) return ru(m);
  }
  return null;
}
