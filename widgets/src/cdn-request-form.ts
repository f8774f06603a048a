/** Entry of cpd-request-form.js: the request form only (its chunks are shared with cpd-widgets.js). */
import './request-form/request-form.ts';
