import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsField } from './selects-field.js';

/** The resolve info of the first root field of `query`. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsField', () => {
  it('finds fields selected directly, in inline fragments and in fragment spreads', () => {
    expect(
      selectsField(infoOf('{ entity(id: "x") { name mentionCount } }'), ['mentionCount']),
    ).toBe(true);
    expect(
      selectsField(infoOf('{ entity(id: "x") { ... on Person { articleCount } } }'), [
        'mentionCount',
        'articleCount',
      ]),
    ).toBe(true);
    expect(
      selectsField(
        infoOf(
          '{ entity(id: "x") { ...F } } fragment F on Entity { ... on Place { mentionCount } }',
        ),
        ['mentionCount'],
      ),
    ).toBe(true);
  });

  it('ignores fields selected deeper down and fragments without them', () => {
    expect(
      selectsField(infoOf('{ entity(id: "x") { name related { entity { mentionCount } } } }'), [
        'mentionCount',
      ]),
    ).toBe(false);
    expect(
      selectsField(infoOf('{ entity(id: "x") { ...F ...F } } fragment F on Entity { name }'), [
        'mentionCount',
      ]),
    ).toBe(false);
    expect(selectsField(infoOf('{ stats { articles } }'), ['mentionCount'])).toBe(false);
  });

  it('follows a path of fields, through fragments at any step', () => {
    const path = ['edges', 'node'];
    expect(
      selectsField(
        infoOf('{ statements { edges { node { text mentions { name } } } } }'),
        ['mentions'],
        path,
      ),
    ).toBe(true);
    expect(
      selectsField(
        infoOf(
          '{ statements { ...E } } fragment E on StatementConnection { edges { node { ... on Statement { mentions { id } } } } }',
        ),
        ['mentions'],
        path,
      ),
    ).toBe(true);
    // Selected elsewhere than at the end of the path: not there.
    expect(
      selectsField(
        infoOf('{ statements { edges { node { text speaker { mentions: name } } } } }'),
        ['mentions'],
        path,
      ),
    ).toBe(false);
    expect(selectsField(infoOf('{ statements { totalCount } }'), ['mentions'], path)).toBe(false);
  });
});
