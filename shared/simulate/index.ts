/**
 * Simulation mode and failure mode: the step model over a traced path, named scenarios saved
 * in the design, the comparison of a design with and without failed AZs or resources, and the
 * NAT-per-AZ alternative that failure mode prices. Tracing itself is shared/network's.
 */
export * from './trace-shape';
export * from './steps';
export * from './scenarios';
export * from './failures';
export * from './resilience';
