/**
 * Simulation mode and failure mode: the step model over a traced path, the comparison of a design with and without failed AZs or resources, and the
 * NAT-per-AZ alternative that failure mode prices. Tracing itself is shared/network's;
 * the named scenarios saved in a design are part of the model (shared/model/scenarios.ts).
 */
export * from './trace-shape';
export * from './steps';
export * from './failures';
export * from './resilience';
