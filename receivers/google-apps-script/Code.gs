/**
 * CPD Lens receiver for Google Apps Script: a web app that stores each CPD request and impact
 * evaluation the CPD Lens widgets send as one row of a Google Sheet, and answers the delivery
 * contract (widgets/README.md, "The endpoint contract"):
 *
 *   - stored (or already stored): {"id": "<the document's id>", "status": "received" | "duplicate"}
 *   - refused: {"status": "refused", "message": "<why, in plain English>"} — Apps Script cannot set an
 *     HTTP status, so the refusal is in the body; the widgets show the message and do not retry.
 *
 * Idempotent on the document's id: a retried document is answered "duplicate" and not stored twice
 * (a script lock makes the check and the append one step). Rows have the columns
 * Id, Kind, ReceivedAt, Requester, Course, Total, Document — Document is the whole JSON document, which
 * `cpd budget/report/record` import from a Sheets export. Plain JavaScript (the V8 runtime) with no
 * library, so the same file runs under the project's tests with fake Google services.
 */

var SHEET_NAME = 'CPD Lens';
var COLUMNS = ['Id', 'Kind', 'ReceivedAt', 'Requester', 'Course', 'Total', 'Document'];
/** A Google Sheets cell holds at most 50,000 characters; the Document cell must fit. */
var MAX_DOCUMENT_CHARS = 50000;
var ID_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;

/** The web app's POST entry point: Apps Script calls it with the request in `e.postData.contents`. */
function doPost(e) {
  var text = e && e.postData && typeof e.postData.contents === 'string' ? e.postData.contents : '';
  return answer_(receive_(text, sheet_(), new Date()));
}

/** A GET (someone opening the URL) says what this is, without any stored data. */
function doGet() {
  return answer_({ service: 'CPD Lens receiver', accepts: 'POST of a CPD Lens document (schemaVersion 1)' });
}

/**
 * Checks one document and stores it once. Returns the JSON answer as an object. Never throws for bad
 * input: every refusal says why.
 */
function receive_(text, sheet, now) {
  if (text.length > MAX_DOCUMENT_CHARS) return refuse_('the document is too large (more than ' + MAX_DOCUMENT_CHARS + ' characters)');
  var doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return refuse_('the body is not JSON');
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return refuse_('the body is not a CPD Lens document');
  if (doc.schemaVersion !== 1) return refuse_('schemaVersion must be 1 (this receiver understands CPD Lens documents of schema version 1)');
  if (typeof doc.id !== 'string' || !ID_PATTERN.test(doc.id)) return refuse_('the document has no valid id');
  var kind = kindOf_(doc);
  if (!kind) return refuse_('the document is neither a CPD request nor an impact evaluation');

  var lock = LockService.getScriptLock();
  lock.waitLock(20000);
  try {
    if (hasId_(sheet, doc.id)) return { id: doc.id, status: 'duplicate' };
    sheet.appendRow([
      "'" + doc.id, // always text: an id like 1e5 must not become a number
      kind,
      now.toISOString(),
      cell_(kind === 'request' ? doc.requester && doc.requester.name : doc.staffId || ''),
      cell_(kind === 'request' ? doc.course && doc.course.title : doc.courseTitle),
      kind === 'request' && doc.costs && typeof doc.costs.total === 'number' ? doc.costs.total : '',
      text,
    ]);
    return { id: doc.id, status: 'received' };
  } finally {
    lock.releaseLock();
  }
}

/** "request" for a CpdRequest, "evaluation" for an ImpactEvaluation, else null. */
function kindOf_(doc) {
  if (doc.requester && typeof doc.requester === 'object' && doc.course && typeof doc.course === 'object') return 'request';
  if (doc.levels && typeof doc.levels === 'object' && typeof doc.courseTitle === 'string') return 'evaluation';
  return null;
}

/** Whether a row with this id is already in the Id column. */
function hasId_(sheet, id) {
  var last = sheet.getLastRow();
  if (last < 2) return false;
  var ids = sheet.getRange(2, 1, last - 1, 1).getValues();
  for (var i = 0; i < ids.length; i++) if (String(ids[i][0]) === id) return true;
  return false;
}

/**
 * A text cell that Sheets will not run as a formula: a value starting with = + - @ (after any spaces,
 * or as a full-width ＝＋－＠) gets a leading apostrophe, which Sheets shows as plain text. Control
 * characters are removed; the value is cut to 500 characters (the full text stays in Document).
 */
function cell_(value) {
  var s = typeof value === 'string' ? value : value == null ? '' : String(value);
  s = s.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 500);
  return /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(s) ? "'" + s : s;
}

function refuse_(message) {
  return { status: 'refused', message: message };
}

/** The sheet rows go to: the "CPD Lens" sheet of the spreadsheet this script is bound to, created with its header row. */
function sheet_() {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = book.getSheetByName(SHEET_NAME);
  if (!sheet) {
    sheet = book.insertSheet(SHEET_NAME);
    sheet.appendRow(COLUMNS);
    sheet.setFrozenRows(1);
  }
  return sheet;
}

function answer_(body) {
  return ContentService.createTextOutput(JSON.stringify(body)).setMimeType(ContentService.MimeType.JSON);
}
