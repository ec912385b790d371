// `skyplan edit`: one change to a design through the headless editor (cli/commands/edit.ts).
export const cliEdit = {
  'cli.edit.summary': 'change a design: add, connect, associate, move, extend, set, rename or delete',
  'cli.edit.usage':
    'skyplan edit FILE OPERATION ARGS... [--in CONTAINER] [--name NAME] [-o OUT] [--format text|json]',
  'cli.edit.option.output': 'write the changed design to FILE instead of changing the input ("-" prints it)',
  'cli.edit.option.in': 'add: the container (VPC or subnet) the new resource goes in',
  'cli.edit.option.name': 'add: the name of the new resource',
  'cli.edit.missingOp': 'say what to change: {operations}',
  'cli.edit.unknownOp': 'unknown operation "{found}"; use one of: {operations}',
  'cli.edit.badArgs': 'wrong number of arguments; usage: {usage}',
  'cli.edit.addOnly': '{option} belongs to the add operation',
  'cli.edit.badType': 'unknown resource type "{found}"; types: {types}',
  'cli.edit.added': 'added {id} in {where}',
  'cli.edit.set': 'set {key} of {id} to {value}',
  'cli.edit.renamed': 'renamed {id} to "{name}"',
  'cli.edit.deleted': 'deleted {ids}',
  'cli.edit.refused': '{file}: not changed: {reason}',
  'cli.edit.invalidResult': 'the result would not be a valid design ({reason})',
  'cli.edit.cannotWrite': 'cannot write {file}: {reason}',
  'cli.edit.done': '{file}: {done}; wrote {output}',
  'cli.exitCodes.edit':
    'Exit status: 0 changed and written, 1 the change was refused (nothing written), 2 the input could not be used.',
};
