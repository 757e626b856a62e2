export * from './errors';
export * from './limits';
export * from './locale';
export * from './roles';
export * from './newsletters';
export * from './uploads';
export * from './rich-text';
export * from './stories';
