/** Entry of the request-form-only single-file build (cpd-request-form.js). */
import './request-form/request-form.ts';
