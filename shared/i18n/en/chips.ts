// Dragging attachment chips (a route table, network ACL or security group) onto other shapes.
export const chips = {
  'chips.hint.table': 'Drag onto another subnet to associate it with this table',
  'chips.hint.group': 'Drag onto another resource to attach this group to it',
};
