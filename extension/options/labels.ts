import type { Phase, Role } from '@cpd-lens/core';

/** Staff roles in the words schools use. */
export const ROLE_LABELS: Record<Role, string> = {
  teacher: 'Teacher',
  ect: 'Early career teacher (ECT)',
  'teaching-assistant': 'Teaching assistant',
  'middle-leader': 'Middle leader (head of department, phase or subject lead)',
  'senior-leader': 'Senior leader',
  headteacher: 'Headteacher',
  senco: 'SENCo',
  dsl: 'Designated safeguarding lead',
  'business-leader': 'School business leader',
  'support-staff': 'Support staff',
  governor: 'Governor or trustee',
  other: 'Other',
};

/** School phases in the words schools use. */
export const PHASE_LABELS: Record<Phase, string> = {
  'early-years': 'Early years',
  primary: 'Primary',
  secondary: 'Secondary',
  'post-16': 'Post-16',
  special: 'Special',
  'all-through': 'All-through',
  'further-education': 'Further education',
};
