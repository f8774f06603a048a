export * from './common.ts';
export * from './course.ts';
export * from './course-profile.ts';
export * from './policy.ts';
export * from './profile.ts';
export * from './plan.ts';
export * from './request.ts';
export * from './score.ts';
