// Messages for limits that protect the engine and the files from hostile or broken input.
export const hardening = {
  'json.tooDeep': 'objects and arrays nest deeper than {max} levels here',
  'cost.note.outOfRange':
    'the amount is not a number or above ${max} a month, so it is left out of the total; check the usage values',
  'cost.col.name': 'Name',
  'cost.col.typeName': 'Type name',
  'lessons.result.costBelow.unpriced':
    'Cannot check the cost: region {region} has no prices in Skyplan (priced: {regions}); the budget is {amount} USD.',
  'cli.reason.loop': 'symbolic links loop ({code})',
  'cli.reason.notRegular': 'not a regular file (a device, FIFO or socket)',
  'cli.reason.tooLarge': 'larger than the {limit} MB limit',
  'cli.cost.badRegionIn': '{where}: region "{region}" is not priced; supported regions: {regions}',
};
