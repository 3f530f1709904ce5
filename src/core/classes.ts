// The fixed set of triage classes and the advice each one gives ("what to do").
import type { TriageClass } from './types.js';

export interface ClassInfo {
  label: string;
  advice: string;
}

export const TRIAGE_CLASSES: Record<TriageClass, ClassInfo> = {
  retry: {
    label: 'transient',
    advice: 'Transient or internal failure: retry with backoff; if it persists, report it to Tencent with the request details.',
  },
  auth: {
    label: 'authentication',
    advice: 'Login state is invalid: get a fresh UserSig from your server and log in again.',
  },
  limit: {
    label: 'limit',
    advice: 'A frequency, size or count limit was hit: slow down, batch, or reduce the payload.',
  },
  request: {
    label: 'bad request',
    advice: 'The call itself is wrong: fix the parameters or format named in the description.',
  },
  permission: {
    label: 'permission',
    advice: 'The caller is not allowed to do this: check roles, membership, blocklists and admin accounts.',
  },
  plan: {
    label: 'plan',
    advice: 'Your edition or billing does not cover this: upgrade or purchase the feature in the console.',
  },
  config: {
    label: 'configuration',
    advice: 'A console setting, certificate or webhook needs attention: fix it in the Chat console.',
  },
  'not-found': {
    label: 'not found',
    advice: 'The target (user, group, message, file) does not exist: check the ID before calling.',
  },
  conflict: {
    label: 'conflict',
    advice: 'The state already exists or an operation is in progress: check state first, then retry once.',
  },
  content: {
    label: 'content',
    advice: 'The content was rejected (moderation or a webhook): change the content or the moderation rules.',
  },
  ok: {
    label: 'success',
    advice: 'Not an error: 0 means the call succeeded.',
  },
};

export const TRIAGE_CLASS_NAMES = Object.keys(TRIAGE_CLASSES) as TriageClass[];

export function isTriageClass(value: string): value is TriageClass {
  return Object.hasOwn(TRIAGE_CLASSES, value);
}
