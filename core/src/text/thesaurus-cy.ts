/**
 * Welsh terms of the thesaurus's concepts (issue 25), so a Welsh PD target meets an English page on the
 * same concept and the reverse. Written in radical (unmutated) forms: `demutate.ts` brings "ddiogelu",
 * "nghwricwlwm" or "chynnydd" back to them. Terms follow the glossary (docs/glossary-cy.md).
 */
export const CONCEPTS_CY: Readonly<Record<string, readonly string[]>> = {
  send: ['anghenion addysgol arbennig', 'anableddau', 'addysgu ymaddasol'],
  aln: ['ady', 'anghenion dysgu ychwanegol', 'cynllun datblygu unigol'],
  senco: ['cydlynydd ady', 'cydlynydd anghenion dysgu ychwanegol'],
  autism: ['awtistiaeth', 'awtistig'],
  dyslexia: ['dyslecsia', 'dyslecsig'],
  eal: ['saesneg fel iaith ychwanegol', 'dysgwyr amlieithog', 'dysgwyr dwyieithog'],
  safeguarding: ['diogelu', 'amddiffyn plant', 'cadw dysgwyr yn ddiogel', 'diogelwch ar-lein'],
  dsl: ['person dynodedig ar gyfer diogelu', 'person diogelu dynodedig'],
  ect: ['athro ar ddechrau gyrfa', 'athrawon ar ddechrau gyrfa', 'athro newydd gymhwyso', 'athrawon newydd gymhwyso', 'ang', 'sefydlu statudol', 'mentor sefydlu'],
  mentoring: ['mentora', 'hyfforddi', 'hyfforddi cyfarwyddiadol'],
  npq: ['cymhwyster proffesiynol cenedlaethol'],
  leadership: ['arweinyddiaeth', 'arweinydd', 'arweinwyr', 'arweinwyr canol', 'uwch arweinwyr', 'pennaeth', 'penaethiaid', 'pennaeth adran'],
  phonics: ['ffoneg', 'seineg'],
  reading: ['darllen', 'darllen cynnar', 'rhuglder darllen', 'darllen er pleser'],
  literacy: ['llythrennedd', 'llafaredd', 'geirfa', 'ysgrifennu', 'sillafu', 'gramadeg', 'llawysgrifen'],
  oracy: ['llafaredd', 'siarad a gwrando', 'sgwrs yn y dosbarth'],
  maths: ['mathemateg', 'rhifedd', 'meistrolaeth', 'rhifyddeg', 'tablau lluosi', 'ffracsiynau'],
  science: ['gwyddoniaeth', 'bioleg', 'cemeg', 'ffiseg', 'gwyddoniaeth ymarferol'],
  computing: ['cyfrifiadura', 'cyfrifiadureg', 'codio', 'llythrennedd digidol'],
  edtech: ['technoleg', 'digidol', 'deallusrwydd artiffisial', 'dysgu ar-lein', 'dysgu o bell'],
  retrieval: ['ymarfer adalw', 'adalw', 'ymarfer bylchog'],
  'cognitive-science': ['gwyddor wybyddol', 'llwyth gwybyddol', 'cof gweithio', 'cof hirdymor', 'codio deuol'],
  metacognition: ['metawybyddiaeth', 'metawybyddol', 'hunanreoleiddio', 'dysgu hunanreoledig'],
  assessment: ['asesu', 'asesu ffurfiannol', 'asesu ar gyfer dysgu', 'adborth', 'marcio', 'cwestiynu', 'asesu crynodol', 'safoni', 'cymedroli', 'tracio', 'olrhain'],
  behaviour: ['ymddygiad', 'rheoli ymddygiad', 'rheoli dosbarth', 'presenoldeb', 'ymarfer adferol', 'ystyriol o drawma'],
  wellbeing: ['llesiant', 'lles', 'iechyd meddwl', 'gwydnwch', 'llwyth gwaith', 'addysg cydberthynas a rhywioldeb'],
  disadvantage: ['difreintiedig', 'dysgwyr difreintiedig', 'tlodi', 'effaith tlodi', 'amddifadedd', 'grant datblygu disgyblion', 'prydau ysgol am ddim', 'bwlch cyrhaeddiad'],
  inclusion: ['cynhwysiant', 'cynhwysol', 'ymarfer cynhwysol', 'tegwch', 'cydraddoldeb', 'amrywiaeth', 'gwrth-hiliaeth', 'gwrth-hiliol'],
  'early-years': ['blynyddoedd cynnar', 'meithrin', 'dosbarth derbyn', 'cyfnod sylfaen'],
  curriculum: ['cwricwlwm', 'cynllunio cwricwlwm', 'gwybodaeth pwnc', 'addysgeg pwnc'],
  'curriculum-wales': ['cwricwlwm i gymru', 'pedwar diben', 'meysydd dysgu a phrofiad', 'camau cynnydd'],
  instruction: ['addysgu uniongyrchol', 'cyfarwyddyd uniongyrchol', 'modelu', 'sgaffaldio', 'gwirio dealltwriaeth', 'addysgu ymatebol'],
  ofsted: ['estyn', 'arolygu', 'arolwg', 'hunanwerthuso', 'gwella ysgolion'],
  governance: ['llywodraethu', 'llywodraethwr', 'llywodraethwyr', 'corff llywodraethu', 'ymddiriedolwyr'],
  finance: ['cyllid', 'cyllideb', 'caffael', 'busnes ysgol', 'rheolwr busnes', 'adnoddau dynol', 'iechyd a diogelwch', 'diogelu data'],
  'teaching-assistants': ['cynorthwyydd addysgu', 'cynorthwywyr addysgu', 'staff cymorth'],
  'post-16': ['ôl-16', 'chweched dosbarth', 'safon uwch', 'gyrfaoedd', 'addysg bellach'],
  pe: ['addysg gorfforol', 'chwaraeon', 'dysgu yn yr awyr agored'],
  arts: ['celf', 'celfyddydau', 'cerddoriaeth', 'dawns', 'celfyddydau mynegiannol'],
  humanities: ['hanes', 'daearyddiaeth', 'addysg grefyddol', 'dyniaethau', 'dinasyddiaeth'],
  languages: ['ieithoedd', 'ieithoedd rhyngwladol', 'ffrangeg', 'sbaeneg', 'almaeneg'],
};

/** Welsh words of PD targets and course blurbs beyond the concepts' terms, in radical form, for de-mutation. */
export const WELSH_WORDS: readonly string[] = (
  'tracio cynnydd disgyblion disgybl dysgwyr dysgwr athrawon athro athrawes addysgu dysgu gwersi gwers cynllunio ' +
  'darllen ysgrifennu rhifedd ymddygiad lles cynhwysiant pennaeth mentora cwricwlwm diogelu diogel cymraeg cymru ' +
  'technoleg digidol cof ymarfer tystiolaeth ymchwil proffesiynol sgiliau datblygu cefnogi cyrhaeddiad cyflawniad ' +
  'canlyniadau tegwch anghenion ychwanegol cynradd uwchradd blynyddoedd cynnar geirfa sillafu gramadeg dosbarth ' +
  'rheoli presenoldeb iechyd meddwl gwydnwch llwyth gwaith tlodi cyllid cyllideb busnes hanes daearyddiaeth ' +
  'cerddoriaeth chwaraeon corfforol gorfforol ieithoedd dyslecsia awtistiaeth sefydlu gyrfa arolygu cymhwyster ' +
  'cynorthwywyr cynorthwyydd gyrfaoedd dwyieithog deallusrwydd dealltwriaeth mathemateg gwyddoniaeth bioleg ' +
  'cemeg ffiseg codio modelu addysgeg safonau ysgol ysgolion plant pwnc pynciau adborth asesu cwestiynu ' +
  'llythrennedd llafaredd arweinyddiaeth arweinwyr arweinydd cydweithio cydweithredol cyfathrebu trawma ' +
  'crefyddol grefyddol dinasyddiaeth celfyddydau celf dawns meithrin derbyn sylfaen gwybyddol metawybyddiaeth'
).split(' ');
