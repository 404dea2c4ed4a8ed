/**
 * Words nobody mutes: English function words and everyday filler of social posts, plus the
 * commonest German and French ones. Lower case; apostrophes in both spellings.
 */
const WORDS = `
a about above after again against all almost also although always am among an and another any anyone
anything are around as at away back be because been before being below between both but by can cannot
could did does doing done down during each either else even ever every everyone everything few first for
from further get gets getting give go goes going gone good got great had has have having he her here hers
herself him himself his how however i if in into is it its itself just know last least less let like
made make makes many may maybe me might mine more most much must my myself need never new next no none
nor not nothing now of off often on once one only or other others our ours ourselves out over own part
per perhaps please put quite rather really right said same say says see seem seems shall she should
since so some someone something sometimes soon still such sure take than that the their theirs them
themselves then there these they thing things think this those though through thus till to today
together too took toward under until up upon us use used using very via want was way ways we well went
were what whatever when where whether which while who whom whose why will with within without would yes
yet you your yours yourself yourselves
it’s it's i’m i'm i’ve i've i’d i'd you’re you're we’re we're they’re they're can’t can't don’t don't
doesn’t doesn't didn’t didn't isn’t isn't wasn’t wasn't won’t won't let’s let's that’s that's there’s there's
here’s here's what’s what's
thread threads post posts posted thoughts notes note link links photo photos picture pictures update
updates week weeks weekend day days year years time times today tomorrow yesterday sounds sound looks
look anyone reach learned lessons small short long while read reading
der die das und ein eine einen nicht mit von für auf ist les des une pour avec dans sur est pas qui que
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
