/**
 * Messages of the frame around the canvas: the in-app confirmation dialog, resizable panels,
 * the minimap toggle, the cost lines' quantities, the welcome screen and `skyplan simulate`'s
 * id errors.
 */
export const polish = {
  'polish.confirm.title': 'Please confirm',
  'polish.confirm.ok': 'OK',
  'polish.confirm.cancel': 'Cancel',
  'polish.confirm.delete': 'Delete',
  'polish.confirm.reset': 'Start over',
  'polish.confirm.openLesson': 'Open the lesson',

  'polish.panel.resizeRight': 'Resize the side panel (drag, or use the arrow keys)',
  'polish.panel.resizeDock': 'Resize the bottom panel (drag, or use the arrow keys)',

  'polish.cmd.minimap': 'Minimap',

  // A cost line: "{quantity} × {price} {per}", e.g. "730 hours × $0.045 per hour".
  'polish.cost.detail': '{quantity} × {price} {per}',
  'polish.cost.qty.hour': '{n} hours',
  'polish.cost.per.hour': 'per hour',
  'polish.cost.qty.azHour': '{n} endpoint-AZ-hours',
  'polish.cost.per.azHour': 'per endpoint-AZ-hour',
  'polish.cost.qty.ipHour': '{n} IP-hours',
  'polish.cost.per.ipHour': 'per IP-hour',
  'polish.cost.qty.lcuHour': '{n} LCU-hours',
  'polish.cost.per.lcuHour': 'per LCU-hour',
  'polish.cost.qty.vcpuHour': '{n} vCPU-hours',
  'polish.cost.per.vcpuHour': 'per vCPU-hour',
  'polish.cost.qty.gbHour': '{n} GB-hours',
  'polish.cost.per.gbHour': 'per GB-hour',
  'polish.cost.qty.gb': '{n} GB',
  'polish.cost.per.gb': 'per GB',
  'polish.cost.qty.gbMonth': '{n} GB-months',
  'polish.cost.per.gbMonth': 'per GB-month',
  'polish.cost.qty.gbSecond': '{n} GB-seconds',
  'polish.cost.per.gbSecond': 'per GB-second',
  'polish.cost.qty.millionRequests': '{n}M requests',
  'polish.cost.per.millionRequests': 'per 1M',
  'polish.cost.qty.millionMessages': '{n}M messages',
  'polish.cost.per.millionMessages': 'per 1M',
  'polish.cost.qty.millionEvents': '{n}M events',
  'polish.cost.per.millionEvents': 'per 1M',
  'polish.cost.qty.thousandRequests': '{n} thousand requests',
  'polish.cost.per.thousandRequests': 'per 1,000',
  'polish.cost.qty.millionWru': '{n}M write request units',
  'polish.cost.per.millionWru': 'per 1M',
  'polish.cost.qty.millionRru': '{n}M read request units',
  'polish.cost.per.millionRru': 'per 1M',
  'polish.cost.qty.resource': '{n} ×',
  'polish.cost.per.resource': 'each',

  'polish.welcome.logo': 'Skyplan: back to the start screen',

  'polish.save.name': 'Save as (file name):',
  'polish.save.nameTitle': 'Save the design',
  'polish.save.nameSave': 'Save',

  'polish.cli.unknownId': '{file}: no resource with id "{id}" (given to {option}). Valid ids: {ids}',
  'polish.cli.ambiguousType':
    '{file}: {option} {id} is a resource type with {count} resources in this design ({ids}); give one id',
  // Names in messages: a subnet with no route table of its own uses its VPC's main table.
  'names.mainTableOf': 'the main route table of VPC {value}',
  'rules.alb-multi-az.noSubnets':
    'Load balancer {alb} has no subnets; AWS requires an ALB to have subnets in at least two Availability Zones',
  'rules.alb-multi-az.noSubnetsFix': 'add subnets of two Availability Zones to {alb}',
  // skyplan validate over a file with schema or reference issues.
  'polish.validate.partial':
    'Rules ran on the part of {file} that loaded (set aside because of the issues above: {ids}):',
  'polish.validate.noRules': 'The rules did not run: fix the issues above first.',
  // Hop actions of multi-VPC paths, as the step list labels them.
  'polish.hop.tgw': 'transit gateway',
  'polish.hop.peering': 'VPC peering',
};
