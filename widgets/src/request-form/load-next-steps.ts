/** The check page, the outcome panel and the request's schema check: a chunk of its own (issue 14's size budget). */
export type NextSteps = typeof import('./next-steps.ts');
/** The next-steps chunk once it is here, else undefined (it is fetched after the form's first render); a live binding. */
export let nextSteps: NextSteps | undefined;
let nextStepsLoading: Promise<unknown> | undefined;

/** Loads the check page and the outcome panel once for the page; a failed fetch is tried again when next needed. */
export function loadNextSteps(): Promise<unknown> {
  nextStepsLoading ??= import('./next-steps.ts').then(
    (loaded) => (nextSteps = loaded),
    (error: unknown) => {
      nextStepsLoading = undefined;
      throw error;
    },
  );
  return nextStepsLoading;
}
