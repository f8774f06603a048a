import type { PhraseFeature } from './features.ts';

/**
 * Welsh phrases for the features the evidence values (issue 18: a Welsh page states its follow-up, its
 * collaboration and its trainer as plainly as an English one). Whole phrases, as in English, never one
 * generic word ("ymarfer" is practice of any kind). Written as pages write them: `demutate.ts` brings
 * mutated words ("chydweithwyr", "dystiolaeth") back to radicals on the page and in these phrases alike.
 */
export const FEATURE_PHRASES_CY: Readonly<Partial<Record<PhraseFeature, readonly string[]>>> = {
  'follow-up': ['rhwng y sesiynau', 'rhwng sesiynau', 'rhwng y ddau fore', 'rhwng y ddau ddiwrnod', 'rhwng y ddwy sesiwn', 'sesiwn ddilynol', 'cymorth dilynol', 'tasg rhwng sesiynau'],
  collaboration: ['gyda chydweithwyr', 'cydweithio', 'cydweithredol', 'astudiaeth wers', 'cymuned ddysgu broffesiynol', 'ysgolion eraill', 'ysgolion partner', 'arsylwi cymheiriaid'],
  'expert-facilitator': ['athrawes arbenigol', 'athro arbenigol', 'ymarferydd arweiniol', 'hwylusydd profiadol', 'hyfforddwr profiadol', 'arbenigwr ymchwil', 'athro prifysgol'],
  'research-evidence': ['seiliedig ar dystiolaeth', 'seiliedig ar ymchwil', 'tystiolaeth ymchwil', 'ymchwil addysgol', 'wedi ei seilio ar ymchwil', 'yn seiliedig ar ymchwil', 'adroddiad canllaw'],
  'impact-evaluation': ['gwerthuso effaith', 'gwerthuso’r effaith', "gwerthuso'r effaith", 'mesur effaith', 'llinell sylfaen'],
  'practice-rehearsal': ['chwarae rôl', 'modelu', 'ymarfer bwriadol', 'rhoi cynnig ar', 'ymarfer yn yr ystafell ddosbarth'],
  'goal-setting': ['cynllun gweithredu', 'gosod nodau', 'gosod targedau'],
  'feedback-to-participants': ['adborth ar eich ymarfer', 'adborth unigol', 'arsylwi gwersi', 'hyfforddi cyfarwyddiadol', 'un i un'],
  'pupil-outcomes': ['deilliannau dysgwyr', 'cynnydd dysgwyr', 'cyrhaeddiad dysgwyr', 'effaith ar ddysgwyr', 'canlyniadau dysgwyr'],
  'standards-aligned': ['safonau proffesiynol', 'cod ady', 'cwricwlwm i gymru', 'fframwaith cwricwlwm'],
  compliance: ['canllawiau statudol', 'gofynion statudol', 'cymorth cyntaf', 'diogelu data'],
  inclusion: ['cynhwysiant', 'cynhwysol', 'amrywiaeth', 'gwrth-hiliol', 'tegwch'],
  'materials-provided': ['pecyn adnoddau', 'tystysgrif', 'sleidiau', 'llawlyfr', 'adnoddau i fynd adref'],
};
