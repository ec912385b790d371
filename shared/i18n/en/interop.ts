/** Messages of interop: CloudFormation import, CloudFormation and Terraform export, design diff. */
export const interop = {
  'interop.error.syntax': 'not valid YAML or JSON: {detail}',
  'interop.error.notTemplate': 'not a CloudFormation template: it needs a "Resources" mapping',
  'interop.error.refCycle': 'resources reference each other in a cycle: {cycle}',
  'interop.error.conditionCycle': 'conditions reference each other in a cycle: {cycle}',
  'interop.warn.unknownTag':
    "unknown YAML tag {tag} (another tool's extension); its value is taken as written",
  'interop.warn.samTransform':
    'transform {transform} (SAM) is not expanded; serverless resources it would create are not imported',
  'interop.warn.unknownTransform':
    'transform {transform} is not known to Skyplan; the template is read as written',
  'interop.warn.unusedParam': '--param {name}: the template has no such parameter',
  'interop.warn.externalParameter':
    'parameter {name} ({type}) names something outside this template: an external placeholder stands in for it',
  'interop.warn.missingParameter':
    'parameter {name} has no value and no default: pass --param {name}=VALUE; a placeholder is used',
  'interop.warn.ssmParameter':
    'parameter {name} is read from SSM Parameter Store at deploy time: a placeholder is used',
  'interop.warn.badForEach':
    '{name} is not a valid Fn::ForEach (identifier, collection, output map); skipped',
  'interop.warn.unknownCondition': 'condition {name} is not defined; taken as false',
  'interop.warn.conditionUnknown':
    'condition at {path} depends on a value only known at deploy time; taken as false',
  'interop.warn.selectOutOfRange':
    'Fn::Select index {index} is outside a list of {count}; a placeholder is used',
  'interop.warn.unresolved': '{fn} could not be resolved offline; a placeholder is used',
  'interop.warn.importValue': 'Fn::ImportValue {name} comes from another stack; a placeholder is used',
  'interop.warn.unknownFunction': '{fn} is not an intrinsic function Skyplan knows; a placeholder is used',
  'interop.warn.unknownRef':
    '{name} is neither a parameter nor a resource of the template; a placeholder is used',
  'interop.warn.mappingMissing': 'Fn::FindInMap {path} is not in Mappings; a placeholder is used',
  'interop.warn.badCidr': 'Fn::Cidr [{args}] cannot be computed; a placeholder is used',
  'interop.warn.placeholderValue': '{id}: {prop} is not known offline; a placeholder value is used',
  'interop.warn.ruleSkipped':
    '{id}: a security group rule without a protocol or peer Skyplan can read was skipped',
  'interop.warn.notApplicationLb':
    '{id}: a {type} load balancer is not modelled (only application load balancers)',
  'interop.warn.noSubnetGroup':
    '{id}: no DBSubnetGroupName in this template, so the database cannot be placed',
  'interop.warn.unmappedType': '{id} ({type}) has no Skyplan equivalent and is not imported',
  'interop.warn.notPlaced': '{id} ({type}) could not be placed: a reference it needs is missing',
  'interop.warn.igwNotAttached': '{id}: the internet gateway is not attached to a VPC and is not imported',
  'interop.warn.nestedImported': 'nested stack {id} ({url}) imported into this design',
  'interop.warn.nestedRemote':
    'nested stack {id} ({url}) is not a local file next to the template; it is not imported',
  'interop.warn.nestedUnreadable': 'nested stack {id}: cannot read {url}; it is not imported',
  'interop.warn.placeholders':
    '{count} external placeholder(s) stand in for resources defined outside this template (marked "external")',

  'interop.report.title': 'Imported {imported} of {total} resources from {file}',
  'interop.report.unmapped': 'Not imported:',
  'interop.report.skipped': 'Not created (condition false):',
  'interop.report.renamed': "Ids changed to fit Skyplan's id syntax:",
  'interop.report.placeholders': 'External placeholders:',
  'interop.report.warnings': 'Warnings:',
  'interop.report.wrote': 'Wrote {file}',

  'cli.import.summary': 'import a CloudFormation template (YAML or JSON) as a design',
  'cli.import.usage':
    'skyplan import TEMPLATE [--param KEY=VALUE]... [--region CODE] [-o OUT] [--format text|json]',
  'cli.import.option.param': "a parameter value (repeatable); otherwise the parameter's default is used",
  'cli.import.option.region': "the design's region (default: us-east-1)",
  'cli.import.option.out': 'write the design here instead of standard output',
  'cli.import.badParam': '--param "{found}" is not KEY=VALUE',
  'cli.import.failed': '{file}:{line}:{column}: {message}',
  'cli.import.cannotWrite': 'cannot write {file} here',
  'cli.exitCodes.import':
    'Exit status: 0 imported (the report lists what was not), 2 the template could not be used.',

  'cli.diff.summary': 'compare two designs: resources, connections, findings, reachability and cost',
  'cli.diff.usage': 'skyplan diff A B [--format text|json|md]',
  'cli.diff.missingB': '"diff" needs two designs: {usage}',
  'cli.exitCodes.diff':
    'Exit status: 0 B has no new errors, 1 B has errors A did not have, 2 the input could not be used.',

  'interop.diff.title': 'Comparing {a} → {b}',
  'interop.diff.same': 'No differences.',
  'interop.diff.resources': 'Resources: {added} added, {removed} removed, {changed} changed',
  'interop.diff.connections': 'Connections: {added} added, {removed} removed, {changed} changed',
  'interop.diff.findings': 'Findings: {added} new, {resolved} resolved',
  'interop.diff.reachability': 'Reachability: {count} verdict(s) changed',
  'interop.diff.cost': 'Monthly cost: {before} → {after} ({delta})',
  'interop.diff.costLines': 'Cost lines that changed:',
  'interop.diff.verdict.reachable': 'reachable',
  'interop.diff.verdict.blocked': 'blocked',
  'interop.diff.verdict.absent': 'absent',
  'interop.diff.newErrors': 'B has {count} error(s) A did not have.',
  'interop.diff.section': 'Section',
  'interop.diff.change': 'Change',
  'interop.diff.item': 'Item',
  'interop.diff.details': 'Details',
  'interop.diff.kind.added': 'added',
  'interop.diff.kind.removed': 'removed',
  'interop.diff.kind.changed': 'changed',
  'interop.diff.kind.new': 'new',
  'interop.diff.kind.resolved': 'resolved',
  'interop.ui.import': 'Import CloudFormation…',
  'interop.ui.compare': 'Compare with…',
  'interop.ui.panel': 'Compare',
  'interop.ui.readFailed': 'Could not read the file: {reason}',
  'interop.ui.openDesign': 'the open design',
  'interop.ui.clear': 'Stop comparing',
  'interop.ui.empty':
    'Import a CloudFormation template (File > Import CloudFormation…) or compare the open design with another (File > Compare with…) to see the results here.',
} as const;
