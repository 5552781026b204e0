import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { datelineCity } from './dateline-place.ts';

/** «в областном центре задержаны …»: the region's capital, named by a common noun. */
const REGIONAL_CENTRE = /(?:^|\s)в\s+областном\s+центре(?!\s+\p{Ll}+\s+(?:здоровья|реабилитации))/iu;

export const CENTRE_BASIS =
  '«В областном центре»: the capital of the region the release is about, which the release names as this city.';

/**
 * The city «в областном центре» before `at` in the sentence stands for: the city of a body the sentence names
 * («В областном центре сотрудниками УП города Усть-Каменогорска …»), else the release's dateline city, when it
 * lies in the region the release is about. Undefined otherwise.
 */
export function regionalCentre(ctx: DocumentContext, sc: SentenceContext, at: number): Mention | undefined {
  const said = REGIONAL_CENTRE.exec(ctx.folded.slice(sc.sentence.start, at));
  if (!said || !ctx.homeRegionId) return undefined;
  const home = (city: Mention | undefined) => (city?.regionId === ctx.homeRegionId ? city : undefined);
  const bodies = mentionsOf(sc, 'Agency');
  const ofBody = mentionsOf(sc, 'City').find((c) => bodies.some((b) => b.start <= c.start && b.end >= c.end));
  return home(ofBody) ?? home(datelineCity(ctx));
}
