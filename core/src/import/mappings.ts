import type { ImportMapping } from './mapping.ts';

/**
 * The receiver templates' sheet: the whole JSON document in Document, rows picked by Kind ("request" or
 * "evaluation"). Recognised by Kind and Document only: the SharePoint list keeps the id in Title, the Sheet in Id.
 */
function receiver(kind: 'requests' | 'evaluations', contains: string, description: string): ImportMapping {
  return { kind, description, detect: ['Kind', 'Document'], document: 'Document', rowsWhere: { column: 'Kind', contains } };
}

/**
 * Ready mappings for the exports UK schools have. `detect` lists columns that identify the export, so
 * `cpd` can pick the mapping itself; a school whose columns differ copies one (`cpd mapping NAME`) and
 * edits the column names.
 */
export const READY_MAPPINGS: Readonly<Record<string, ImportMapping>> = {
  'receiver-requests': receiver('requests', 'request', 'The project’s receiver templates (Power Automate → SharePoint list, Apps Script → Google Sheet): one row per delivery, the whole CpdRequest JSON in Document.'),
  'receiver-evaluations': receiver('evaluations', 'evaluation', 'The receiver templates’ rows whose Kind is an impact evaluation; the whole ImpactEvaluation JSON in Document.'),
  'forms-requests': {
    kind: 'requests',
    description: 'A Microsoft Forms CPD request form (Responses → Open in Excel): its question titles are the column headings below.',
    detect: ['Completion time', 'Course title'],
    idPrefix: 'forms-',
    columns: {
      id: 'ID',
      createdAt: ['Completion time', 'Start time'],
      'requester.name': 'Name',
      'requester.email': 'Email',
      'requester.staffId': 'Staff ID',
      'requester.staffGroup': 'Staff group',
      'course.title': 'Course title',
      'course.provider': 'Provider',
      'course.url': 'Course web address',
      'course.totalHours': 'Hours',
      dates: 'Dates',
      'costs.fee': 'Fee (£)',
      'costs.travel': 'Travel (£)',
      'costs.supplyDays': 'Days of supply cover',
      'costs.total': 'Total cost (£)',
      objectiveIds: 'SDP objectives',
      'expectedImpact.practice': 'How will this change your practice?',
      'expectedImpact.pupils': 'How will it benefit pupils?',
      sharing: 'How will you share what you learn?',
    },
    defaults: { status: 'submitted' },
  },
  'forms-evaluations': {
    kind: 'evaluations',
    description: 'A Microsoft Forms impact evaluation form: a 1–5 rating question for each of the five levels.',
    detect: ['Completion time', 'Satisfaction (1-5)'],
    idPrefix: 'forms-',
    columns: {
      id: 'ID',
      completedAt: 'Completion time',
      staffId: 'Staff ID',
      staffGroup: 'Staff group',
      requestId: 'Request reference',
      courseTitle: 'Course title',
      provider: 'Provider',
      objectiveIds: 'SDP objectives',
      cost: 'Total cost (£)',
      hours: 'Hours',
      'levels.reaction.rating': 'Satisfaction (1-5)',
      'levels.learning.rating': 'Learning (1-5)',
      'levels.use.rating': 'Use in practice (1-5)',
      'levels.use.evidence': 'What have you changed in your practice?',
      'levels.organisation.rating': 'Support from the school (1-5)',
      'levels.organisation.valueForMoney': 'Value for money (1-5)',
      'levels.pupils.rating': 'Impact on pupils (1-5)',
      'levels.pupils.evidence': 'What difference has it made to pupils?',
    },
  },
  'sharepoint-requests': {
    kind: 'requests',
    description: 'A SharePoint list of CPD requests exported with Export → CSV or Excel: Title is the course, Created the request date.',
    detect: ['Title', 'Created', 'Status'],
    idPrefix: 'sp-',
    columns: {
      id: 'ID',
      createdAt: 'Created',
      'requester.name': ['Requester', 'Created By'],
      'requester.staffId': 'Staff ID',
      'requester.staffGroup': 'Staff group',
      'course.title': 'Title',
      'course.provider': 'Provider',
      'course.url': 'Course link',
      'course.totalHours': 'Hours',
      dates: ['Course date', 'Start date'],
      'costs.fee': 'Fee',
      'costs.supplyDays': 'Supply days',
      'costs.supplyCost': 'Supply cost',
      'costs.total': ['Total cost', 'Cost'],
      objectiveIds: 'SDP objective',
      status: ['Status', 'Approval status'],
    },
  },
  staff: {
    kind: 'staff',
    description: 'A staff list from the MIS or HR: an id, a name and a staff group per row.',
    detect: ['Staff group'],
    columns: { id: ['Staff ID', 'ID', 'Email'], name: ['Name', 'Full name'], group: ['Staff group', 'Group'] },
  },
};
