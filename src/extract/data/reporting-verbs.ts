/** Verbs that introduce reported speech ("X said", "X argued that ..."), all inflections listed. */
export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'say', 'saying', 'added', 'adds', 'wrote', 'writes', 'told', 'tells', 'argued', 'argues', 'arguing',
  'warned', 'warns', 'claimed', 'claims', 'acknowledged', 'acknowledges', 'noted', 'notes', 'insisted', 'insists',
  'cautioned', 'cautions', 'reported', 'reports', 'announced', 'announces', 'stated', 'states', 'explained',
  'explains', 'confirmed', 'confirms', 'denied', 'denies', 'predicted', 'predicts', 'estimated', 'estimates',
  'maintained', 'maintains', 'contended', 'contends', 'suggested', 'suggests', 'stressed', 'stresses',
  'emphasized', 'emphasizes', 'urged', 'urges', 'asserted', 'asserts', 'alleged', 'alleges', 'recalled', 'recalls',
  'replied', 'replies', 'responded', 'responds', 'countered', 'counters', 'conceded', 'concedes', 'admitted',
  'admits', 'declared', 'declares', 'testified', 'testifies', 'revealed', 'reveals', 'posted', 'posts',
  'tweeted', 'tweets', 'observed', 'observes', 'pointed out', 'points out', 'complained', 'complains',
  'predicted', 'promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'disclosed', 'discloses',
  'agreed', 'agrees', 'concluded', 'concludes', 'found', 'finds', 'ruled', 'rules', 'indicated', 'indicates',
  'asked', 'asks', 'called', 'calls', 'described', 'describes', 'believes', 'believed', 'thinks', 'thought',
  'expects', 'expected', 'hopes', 'hoped', 'fears', 'feared', 'worries', 'worried', 'wondered', 'joked',
  'shouted', 'yelled', 'whispered', 'continued', 'continues', 'remarked', 'commented', 'explained', 'mentioned',
  'projected', 'forecast', 'forecasts', 'projects', 'acknowledging', 'noting', 'adding', 'warning', 'writing',
  'telling', 'claiming', 'insisting', 'answered', 'answers', 'questioned', 'accused', 'accuses', 'accusing',
  'dismissed', 'dismisses', 'held', 'holds', 'ruling', 'threatened', 'threatens', 'asking', 'urging',
];

/** Verbs that may carry a quote but say nothing as reported clause alone ("asked", "called"). */
export const OBJECT_VERBS: readonly string[] = ['told', 'tells', 'telling', 'asked', 'asks', 'asking', 'urged', 'urges', 'urging', 'reminded', 'informed', 'assured', 'warned'];

/** Verbs that only report speech with a following "that"-clause, not on their own. */
export const THAT_ONLY_VERBS: readonly string[] = [
  'believes', 'believed', 'thinks', 'thought', 'expects', 'expected', 'hopes', 'hoped', 'fears', 'feared',
  'found', 'finds', 'ruled', 'rules', 'agreed', 'agrees', 'concluded', 'concludes', 'indicated', 'indicates',
  'worries', 'worried', 'revealed', 'reveals', 'disclosed', 'discloses', 'announced', 'announces', 'reported',
  'reports', 'estimated', 'estimates', 'projected', 'projects', 'forecast', 'forecasts', 'posted', 'posts',
  'mentioned', 'promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'denied', 'denies', 'confirmed',
  'confirms', 'predicted', 'predicts', 'called', 'calls', 'described', 'describes', 'asked', 'asks', 'continued',
  'continues', 'recalled', 'recalls', 'urged', 'urges', 'testified', 'testifies', 'admitted', 'admits',
  'questioned', 'dismissed', 'dismisses', 'held', 'holds', 'ruling', 'threatened', 'threatens', 'asking',
  'urging',
];
