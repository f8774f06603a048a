/**
 * Setup's words about what the school's IT pushed (managed settings): values CPD Lens could not use, and
 * why the school's policy file could not be read, each with its fix. English and Welsh.
 */
const en = {
  problemsTitle: 'Some settings your school pushed could not be used',
  problemsIntro: 'Your IT team set these values for CPD Lens, but they are not valid, so CPD Lens ignores them. Until they are corrected, what you enter in setup is used instead. Your IT team sees the same values in chrome://policy (Extension policies) or Firefox’s about:policies.',
  problem: '{key} = {value}: {reason}',
  reason: {
    unknown: 'not a CPD Lens setting (names are case-sensitive)',
    policyUrl: 'must be an https:// address',
    requestFormUrl: 'must be an https:// address',
    schoolName: 'must be text of up to 200 characters',
    phase: 'must be one of early-years, primary, secondary, post-16, special, all-through, further-education (in lower case)',
    supplyCoverDayRate: 'must be a number of pounds without quotation marks, like 218',
    schoolType: 'must be maintained, academy or independent (in lower case)',
    vatRecoverable: 'must be true or false without quotation marks',
    allowStaffChanges: 'must be true or false without quotation marks',
  },
  notHttps: 'Enter an address starting with https:// (CPD Lens does not read a policy sent unencrypted over http://, which anyone on the network could change)',
  fieldIgnored: 'Your school’s value ({value}) could not be used, so this is yours to set until your school corrects it.',
  sync: {
    blocked: '{host} answered, but CPD Lens may not read the file: the site sends no Access-Control-Allow-Origin header (or sends the file from another address), and CPD Lens has not been allowed to read {host}.',
    blockedFix: 'For your IT team: make {host} send the header “Access-Control-Allow-Origin: *” with the policy file, or publish the file where it is sent; the deployment guide shows both. Or allow it on this computer now:',
    allow: 'Allow CPD Lens to read {host}',
    denied: 'CPD Lens was not allowed to read {host}.',
    unreachable: '{host} did not answer. Check that the address is right and opens from this computer without signing in.',
    status: '{host} answered with error {detail}. Check that the file is at that address and open to everyone without signing in.',
    'too-big': 'The file is larger than 1 MB, so it is not a policy file.',
    invalid: 'The file is not a valid CPD Lens policy ({detail}). Make it with the policy editor or cpd policy default.',
    keeps: 'The policy already in use stays until your school’s can be read.',
  },
};

const cy: typeof en = {
  problemsTitle: 'Nid oedd modd defnyddio rhai o’r gosodiadau a anfonodd eich ysgol',
  problemsIntro: 'Gosododd eich tîm TG y gwerthoedd hyn ar gyfer CPD Lens, ond nid ydynt yn ddilys, felly mae CPD Lens yn eu hanwybyddu. Nes eu cywiro, defnyddir yr hyn a roddwch yn y gosodiadau yn lle hynny. Mae eich tîm TG yn gweld yr un gwerthoedd yn chrome://policy (Extension policies) neu about:policies Firefox.',
  problem: '{key} = {value}: {reason}',
  reason: {
    unknown: 'nid yw’n un o osodiadau CPD Lens (mae priflythrennau’n cyfrif)',
    policyUrl: 'rhaid iddo fod yn gyfeiriad https://',
    requestFormUrl: 'rhaid iddo fod yn gyfeiriad https://',
    schoolName: 'rhaid iddo fod yn destun hyd at 200 nod',
    phase: 'rhaid iddo fod yn un o early-years, primary, secondary, post-16, special, all-through, further-education (mewn llythrennau bach)',
    supplyCoverDayRate: 'rhaid iddo fod yn nifer o bunnoedd heb ddyfynodau, fel 218',
    schoolType: 'rhaid iddo fod yn maintained, academy neu independent (mewn llythrennau bach)',
    vatRecoverable: 'rhaid iddo fod yn true neu false heb ddyfynodau',
    allowStaffChanges: 'rhaid iddo fod yn true neu false heb ddyfynodau',
  },
  notHttps: 'Rhowch gyfeiriad sy’n dechrau gyda https:// (nid yw CPD Lens yn darllen polisi a anfonir heb ei amgryptio dros http://, y gallai unrhyw un ar y rhwydwaith ei newid)',
  fieldIgnored: 'Nid oedd modd defnyddio gwerth eich ysgol ({value}), felly chi sy’n ei osod nes i’ch ysgol ei gywiro.',
  sync: {
    blocked: 'Atebodd {host}, ond ni chaiff CPD Lens ddarllen y ffeil: nid yw’r wefan yn anfon pennawd Access-Control-Allow-Origin (neu mae’n anfon y ffeil o gyfeiriad arall), ac nid yw CPD Lens wedi cael caniatâd i ddarllen {host}.',
    blockedFix: 'I’ch tîm TG: gwnewch i {host} anfon y pennawd “Access-Control-Allow-Origin: *” gyda’r ffeil bolisi, neu cyhoeddwch y ffeil lle caiff ei anfon; mae’r canllaw gosod yn dangos y ddau. Neu caniatewch ef ar y cyfrifiadur hwn nawr:',
    allow: 'Caniatáu i CPD Lens ddarllen {host}',
    denied: 'Ni chafodd CPD Lens ganiatâd i ddarllen {host}.',
    unreachable: 'Ni atebodd {host}. Gwiriwch fod y cyfeiriad yn gywir a’i fod yn agor o’r cyfrifiadur hwn heb fewngofnodi.',
    status: 'Atebodd {host} gyda gwall {detail}. Gwiriwch fod y ffeil yn y cyfeiriad hwnnw ac ar agor i bawb heb fewngofnodi.',
    'too-big': 'Mae’r ffeil yn fwy nag 1 MB, felly nid ffeil bolisi yw hi.',
    invalid: 'Nid yw’r ffeil yn bolisi CPD Lens dilys ({detail}). Gwnewch hi gyda golygydd y polisi neu cpd policy default.',
    keeps: 'Mae’r polisi sydd eisoes yn cael ei ddefnyddio yn aros nes bod modd darllen polisi eich ysgol.',
  },
};

export const managedText = { en, cy };
