import type { messagesZhCn } from './messages-zh-cn';

export type MessageKey = keyof typeof messagesZhCn;

/** A catalog must have exactly the source catalog's keys: a missing or extra key does not compile. */
export type Catalog = { readonly [K in MessageKey]: string };

/** The {name} placeholders of a message, read from the source catalog's literal type. */
type PlaceholderNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholderNames<Rest>
  : never;

export type MessageParams<K extends MessageKey> = Record<PlaceholderNames<(typeof messagesZhCn)[K]>, string | number>;

/** Messages with placeholders require their values; messages without take none. */
export type MessageArgs<K extends MessageKey> = [PlaceholderNames<(typeof messagesZhCn)[K]>] extends [never]
  ? []
  : [params: MessageParams<K>];

/** Keys whose message needs no values: what a label stored in a registry may name. */
export type PlainMessageKey = { [K in MessageKey]: MessageArgs<K> extends [] ? K : never }[MessageKey];
