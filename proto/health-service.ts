import type { ServiceDefinition } from "@grpc/grpc-js";
import { grpcMethod } from "./broker-service.js";
import { healthPb } from "./wire.js";

export type HealthCheckRequest = InstanceType<typeof healthPb.HealthCheckRequest>;
export type HealthCheckResponse = InstanceType<typeof healthPb.HealthCheckResponse>;
export const ServingStatus = healthPb.HealthCheckResponse.ServingStatus;
export type ServingStatus = (typeof ServingStatus)[keyof typeof ServingStatus];

/** `grpc.health.v1.Health` (proto/grpc/health/v1/health.proto), as data like the kvmesh services. */
export const healthServiceDefinition = {
  check: grpcMethod<HealthCheckRequest, HealthCheckResponse>(
    "/grpc.health.v1.Health/Check", healthPb.HealthCheckRequest, healthPb.HealthCheckResponse, false, false),
  watch: grpcMethod<HealthCheckRequest, HealthCheckResponse>(
    "/grpc.health.v1.Health/Watch", healthPb.HealthCheckRequest, healthPb.HealthCheckResponse, false, true),
} satisfies ServiceDefinition;

/** The service names the broker reports on (besides "", the server as a whole). */
export const BROKER_SERVICE_NAME = "kvmesh.v1.Broker";
export const ANCHORS_SERVICE_NAME = "kvmesh.v1.Anchors";
export const PROJECTION_SERVICE_NAME = "kvmesh.v1.Projection";
