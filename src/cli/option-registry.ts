import type { Options, PositionalOptions } from 'yargs';

/**
 * A command's flags, each declared once: flag name → its yargs declaration (type, default, choices, coerce and the
 * `describe` text that is the `--help` line and the README's). The parsed arguments' type is derived from it
 * (ArgsOf), so a flag cannot be declared without being typed, or typed without being declared.
 */
export type OptionRegistry = Readonly<Record<string, Options>>;

/** A command's positional arguments, declared the same way (each passed to `.positional()` in the command's order). */
export type PositionalRegistry = Readonly<Record<string, PositionalOptions>>;

// Our own small inference rather than yargs' InferredOptionTypes: with `as const` registries that one types an
// array flag by its default too (`string[] | readonly []`). Arrays are readonly: handlers only read them.
type Scalar<O> = O extends { readonly choices: readonly (infer C)[] }
  ? C
  : O extends { readonly type: 'boolean' }
    ? boolean
    : O extends { readonly type: 'number' }
      ? number
      : O extends { readonly type: 'string' }
        ? string
        : never;

type Parsed<O> = O extends { readonly coerce: (value: never) => infer T }
  ? T
  : O extends { readonly array: true }
    ? readonly Scalar<O>[]
    : Scalar<O>;

/** The value a handler gets for one declaration: undefined when the flag is absent and has no default. */
export type OptionValue<O> = O extends { readonly default: unknown } | { readonly demandOption: true } ? Parsed<O> : Parsed<O> | undefined;

/** The parsed arguments a registry declares, one readonly key per flag. */
export type ArgsOf<R> = { readonly [K in keyof R]: OptionValue<R[K]> };
