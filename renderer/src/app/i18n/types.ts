/** The Turkish bundle must have exactly the English bundle's keys (checked by tsc and by a test). */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
