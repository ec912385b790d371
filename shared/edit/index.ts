/**
 * The headless editor: every change a person makes to a design, as a named operation with typed
 * arguments, pure over the document (no React, DOM or Node). The canvas, the inspector, the
 * menus, the CLI and tests all call these; the renderer's store runs them with immer patches so
 * each is one undo entry (`store.perform(op, args)`), tests run them with `TestEditor`.
 * See README.md.
 */
export type { EditResult, Message, MessageParam, Operation, OperationLabel, Point, Refusal } from './types';
export { ok, operation, refuse, typeName } from './types';
export { translateMessage } from './translate';
export { runOperation } from './run';

// Placement and adding
export type { AddArgs, Spot } from './add';
export { addResource, insertResource, placeAt, placeSomewhere } from './add';
export { containerChain, needsSubnet, placeRefusal, resolveContainer, subnetRefusal } from './where';
export { freeSlot, growToFit, shapesIn } from './boxes';
export { isPublicSubnet, nextFreeCidr, routeTableOf, subnetName } from './subnet-defaults';
export { nextZone, zoneLetters } from './zones';

// Moving
export type { DropArgs, DropItem, ShapeMoves } from './move';
export { dropShapes, extendToSubnet, moveShapes, reparent, reparentTo, shapePosition } from './move';

// Multi-subnet placement
export {
  isMultiSubnet,
  normalizePlacement,
  placementNeedsRepair,
  placedSubnetsOf,
  replicaKeysOf,
  setPlacedSubnets,
} from './subnets';

// Connections and associations
export type { ConnectMeaning } from './connect';
export {
  connectionMeaning,
  defaultConnection,
  duplicateOf,
  meaningLabel,
  PLUMBING,
  targetPort,
  vpcOf,
} from './connect';
export type { ConnectResult } from './associate';
export { associate, connect, disassociate, routeToGateway } from './associate';
export type { RoutePlan } from './gateway-routes';
export { applyRoutePlan, gatewayRoutePlan, ROUTE_TARGET_TYPES } from './gateway-routes';
export { associationAt, shapeAt, subnetOntoChip } from './gestures';

// Delete, clipboard
export { deleteFrom, deleteItems, deletionSet } from './remove';
export type { Clip } from './clipboard';
export { copyItems, duplicate, paste, pasteInto, pasteOffset } from './clipboard';

// Values
export type { ConnectionField } from './props';
export { applyLayout, fieldMessage, rename, setConnectionField, setProp, setRegion } from './props';
export { deleteScenario, saveScenarioFlow } from './scenarios';
export { findResource, freshId, mapRefs } from './ids';
