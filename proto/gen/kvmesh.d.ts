import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace kvmesh. */
export namespace kvmesh {

    /** Namespace v1. */
    namespace v1 {

        /** PlaceholderKind enum. */
        enum PlaceholderKind {

            /** PLACEHOLDER_KIND_UNSPECIFIED value */
            PLACEHOLDER_KIND_UNSPECIFIED = 0,

            /** PLACEHOLDER_KIND_AGENT_OUTPUT value */
            PLACEHOLDER_KIND_AGENT_OUTPUT = 1,

            /** PLACEHOLDER_KIND_DOCUMENT value */
            PLACEHOLDER_KIND_DOCUMENT = 2,

            /** PLACEHOLDER_KIND_TOOL_RESULT value */
            PLACEHOLDER_KIND_TOOL_RESULT = 3
        }

        /**
         * Properties of a CorrectRequest.
         * @deprecated Use kvmesh.v1.CorrectRequest.$Properties instead.
         */
        interface ICorrectRequest extends kvmesh.v1.CorrectRequest.$Properties {
        }

        /** Represents a CorrectRequest. */
        class CorrectRequest {

            /**
             * Constructs a new CorrectRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.CorrectRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CorrectRequest kind. */
            kind: kvmesh.v1.PlaceholderKind;

            /** CorrectRequest contentKey. */
            contentKey: string;

            /** CorrectRequest consumerPrefixFingerprint. */
            consumerPrefixFingerprint: string;

            /** CorrectRequest startPos. */
            startPos: number;

            /** CorrectRequest sameHost. */
            sameHost: boolean;

            /**
             * Creates a new CorrectRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CorrectRequest instance
             */
            static create(properties: kvmesh.v1.CorrectRequest.$Shape): kvmesh.v1.CorrectRequest & kvmesh.v1.CorrectRequest.$Shape;
            static create(properties?: kvmesh.v1.CorrectRequest.$Properties): kvmesh.v1.CorrectRequest;

            /**
             * Encodes the specified CorrectRequest message. Does not implicitly {@link kvmesh.v1.CorrectRequest.verify|verify} messages.
             * @param message CorrectRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.CorrectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CorrectRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.CorrectRequest & kvmesh.v1.CorrectRequest.$Shape} CorrectRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.CorrectRequest & kvmesh.v1.CorrectRequest.$Shape;

            /**
             * Verifies a CorrectRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CorrectRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CorrectRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.CorrectRequest;

            /**
             * Creates a plain object from a CorrectRequest message. Also converts values to other types if specified.
             * @param message CorrectRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.CorrectRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CorrectRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CorrectRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CorrectRequest {

            /** Properties of a CorrectRequest. */
            interface $Properties {

                /** CorrectRequest kind */
                kind?: (kvmesh.v1.PlaceholderKind|null);

                /** CorrectRequest contentKey */
                contentKey?: (string|null);

                /** CorrectRequest consumerPrefixFingerprint */
                consumerPrefixFingerprint?: (string|null);

                /** CorrectRequest startPos */
                startPos?: (number|null);

                /** CorrectRequest sameHost */
                sameHost?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CorrectRequest. */
            type $Shape = kvmesh.v1.CorrectRequest.$Properties;
        }

        /** PrefillReason enum. */
        enum PrefillReason {

            /** PREFILL_REASON_UNSPECIFIED value */
            PREFILL_REASON_UNSPECIFIED = 0,

            /** PREFILL_REASON_NO_ANCHOR value */
            PREFILL_REASON_NO_ANCHOR = 1,

            /** PREFILL_REASON_DEVIATION_TOO_HIGH value */
            PREFILL_REASON_DEVIATION_TOO_HIGH = 2,

            /** PREFILL_REASON_CONTENT_MISSING value */
            PREFILL_REASON_CONTENT_MISSING = 3,

            /** PREFILL_REASON_MODEL_MISMATCH value */
            PREFILL_REASON_MODEL_MISMATCH = 4
        }

        /**
         * Properties of a PrefillAnswer.
         * @deprecated Use kvmesh.v1.PrefillAnswer.$Properties instead.
         */
        interface IPrefillAnswer extends kvmesh.v1.PrefillAnswer.$Properties {
        }

        /** Represents a PrefillAnswer. */
        class PrefillAnswer {

            /**
             * Constructs a new PrefillAnswer.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.PrefillAnswer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PrefillAnswer reason. */
            reason: kvmesh.v1.PrefillReason;

            /** PrefillAnswer detail. */
            detail: string;

            /**
             * Creates a new PrefillAnswer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PrefillAnswer instance
             */
            static create(properties: kvmesh.v1.PrefillAnswer.$Shape): kvmesh.v1.PrefillAnswer & kvmesh.v1.PrefillAnswer.$Shape;
            static create(properties?: kvmesh.v1.PrefillAnswer.$Properties): kvmesh.v1.PrefillAnswer;

            /**
             * Encodes the specified PrefillAnswer message. Does not implicitly {@link kvmesh.v1.PrefillAnswer.verify|verify} messages.
             * @param message PrefillAnswer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.PrefillAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PrefillAnswer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.PrefillAnswer & kvmesh.v1.PrefillAnswer.$Shape} PrefillAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.PrefillAnswer & kvmesh.v1.PrefillAnswer.$Shape;

            /**
             * Verifies a PrefillAnswer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PrefillAnswer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PrefillAnswer
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.PrefillAnswer;

            /**
             * Creates a plain object from a PrefillAnswer message. Also converts values to other types if specified.
             * @param message PrefillAnswer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.PrefillAnswer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PrefillAnswer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PrefillAnswer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PrefillAnswer {

            /** Properties of a PrefillAnswer. */
            interface $Properties {

                /** PrefillAnswer reason */
                reason?: (kvmesh.v1.PrefillReason|null);

                /** PrefillAnswer detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PrefillAnswer. */
            type $Shape = kvmesh.v1.PrefillAnswer.$Properties;
        }

        /**
         * Properties of a CorrectedHeader.
         * @deprecated Use kvmesh.v1.CorrectedHeader.$Properties instead.
         */
        interface ICorrectedHeader extends kvmesh.v1.CorrectedHeader.$Properties {
        }

        /** Represents a CorrectedHeader. */
        class CorrectedHeader {

            /**
             * Constructs a new CorrectedHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.CorrectedHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CorrectedHeader manifest. */
            manifest?: (kvmesh.v1.SegmentManifest.$Properties|null);

            /** CorrectedHeader anchorKeys. */
            anchorKeys: string[];

            /** CorrectedHeader estimatedDeviation. */
            estimatedDeviation: number;

            /** CorrectedHeader shm. */
            shm?: (kvmesh.v1.AnchorShmRef.$Properties|null);

            /**
             * Creates a new CorrectedHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CorrectedHeader instance
             */
            static create(properties: kvmesh.v1.CorrectedHeader.$Shape): kvmesh.v1.CorrectedHeader & kvmesh.v1.CorrectedHeader.$Shape;
            static create(properties?: kvmesh.v1.CorrectedHeader.$Properties): kvmesh.v1.CorrectedHeader;

            /**
             * Encodes the specified CorrectedHeader message. Does not implicitly {@link kvmesh.v1.CorrectedHeader.verify|verify} messages.
             * @param message CorrectedHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.CorrectedHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CorrectedHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.CorrectedHeader & kvmesh.v1.CorrectedHeader.$Shape} CorrectedHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.CorrectedHeader & kvmesh.v1.CorrectedHeader.$Shape;

            /**
             * Verifies a CorrectedHeader message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CorrectedHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CorrectedHeader
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.CorrectedHeader;

            /**
             * Creates a plain object from a CorrectedHeader message. Also converts values to other types if specified.
             * @param message CorrectedHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.CorrectedHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CorrectedHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CorrectedHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CorrectedHeader {

            /** Properties of a CorrectedHeader. */
            interface $Properties {

                /** CorrectedHeader manifest */
                manifest?: (kvmesh.v1.SegmentManifest.$Properties|null);

                /** CorrectedHeader anchorKeys */
                anchorKeys?: (string[]|null);

                /** CorrectedHeader estimatedDeviation */
                estimatedDeviation?: (number|null);

                /** CorrectedHeader shm */
                shm?: (kvmesh.v1.AnchorShmRef.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CorrectedHeader. */
            type $Shape = kvmesh.v1.CorrectedHeader.$Properties;
        }

        /**
         * Properties of an AnchorShmRef.
         * @deprecated Use kvmesh.v1.AnchorShmRef.$Properties instead.
         */
        interface IAnchorShmRef extends kvmesh.v1.AnchorShmRef.$Properties {
        }

        /** Represents an AnchorShmRef. */
        class AnchorShmRef {

            /**
             * Constructs a new AnchorShmRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorShmRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorShmRef path. */
            path: string;

            /** AnchorShmRef byteLength. */
            byteLength: number;

            /** AnchorShmRef lease. */
            lease: string;

            /** AnchorShmRef ttlMs. */
            ttlMs: number;

            /**
             * Creates a new AnchorShmRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorShmRef instance
             */
            static create(properties: kvmesh.v1.AnchorShmRef.$Shape): kvmesh.v1.AnchorShmRef & kvmesh.v1.AnchorShmRef.$Shape;
            static create(properties?: kvmesh.v1.AnchorShmRef.$Properties): kvmesh.v1.AnchorShmRef;

            /**
             * Encodes the specified AnchorShmRef message. Does not implicitly {@link kvmesh.v1.AnchorShmRef.verify|verify} messages.
             * @param message AnchorShmRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorShmRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorShmRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorShmRef & kvmesh.v1.AnchorShmRef.$Shape} AnchorShmRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorShmRef & kvmesh.v1.AnchorShmRef.$Shape;

            /**
             * Verifies an AnchorShmRef message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorShmRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorShmRef
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorShmRef;

            /**
             * Creates a plain object from an AnchorShmRef message. Also converts values to other types if specified.
             * @param message AnchorShmRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorShmRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorShmRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorShmRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorShmRef {

            /** Properties of an AnchorShmRef. */
            interface $Properties {

                /** AnchorShmRef path */
                path?: (string|null);

                /** AnchorShmRef byteLength */
                byteLength?: (number|null);

                /** AnchorShmRef lease */
                lease?: (string|null);

                /** AnchorShmRef ttlMs */
                ttlMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnchorShmRef. */
            type $Shape = kvmesh.v1.AnchorShmRef.$Properties;
        }

        /**
         * Properties of a CorrectReply.
         * @deprecated Use kvmesh.v1.CorrectReply.$Properties instead.
         */
        interface ICorrectReply extends kvmesh.v1.CorrectReply.$Properties {
        }

        /** Represents a CorrectReply. */
        class CorrectReply {

            /**
             * Constructs a new CorrectReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.CorrectReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CorrectReply corrected. */
            corrected?: (kvmesh.v1.CorrectedHeader.$Properties|null);

            /** CorrectReply prefill. */
            prefill?: (kvmesh.v1.PrefillAnswer.$Properties|null);

            /** CorrectReply chunk. */
            chunk?: (Uint8Array|null);

            /** CorrectReply kind. */
            kind?: ("corrected"|"prefill"|"chunk");

            /**
             * Creates a new CorrectReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CorrectReply instance
             */
            static create(properties: kvmesh.v1.CorrectReply.$Shape): kvmesh.v1.CorrectReply & kvmesh.v1.CorrectReply.$Shape;
            static create(properties?: kvmesh.v1.CorrectReply.$Properties): kvmesh.v1.CorrectReply;

            /**
             * Encodes the specified CorrectReply message. Does not implicitly {@link kvmesh.v1.CorrectReply.verify|verify} messages.
             * @param message CorrectReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.CorrectReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CorrectReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.CorrectReply & kvmesh.v1.CorrectReply.$Shape} CorrectReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.CorrectReply & kvmesh.v1.CorrectReply.$Shape;

            /**
             * Verifies a CorrectReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CorrectReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CorrectReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.CorrectReply;

            /**
             * Creates a plain object from a CorrectReply message. Also converts values to other types if specified.
             * @param message CorrectReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.CorrectReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CorrectReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CorrectReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CorrectReply {

            /** Properties of a CorrectReply. */
            interface $Properties {

                /** CorrectReply corrected */
                corrected?: (kvmesh.v1.CorrectedHeader.$Properties|null);

                /** CorrectReply prefill */
                prefill?: (kvmesh.v1.PrefillAnswer.$Properties|null);

                /** CorrectReply chunk */
                chunk?: (Uint8Array|null);

                /** CorrectReply kind */
                kind?: ("corrected"|"prefill"|"chunk");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a CorrectReply. */
            type $Shape = {
              corrected?: kvmesh.v1.CorrectedHeader.$Shape|null;
              prefill?: kvmesh.v1.PrefillAnswer.$Shape|null;
              chunk?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; corrected?: null; prefill?: null; chunk?: null }|{ kind?: "corrected"; corrected: kvmesh.v1.CorrectedHeader.$Shape; prefill?: null; chunk?: null }|{ kind?: "prefill"; corrected?: null; prefill: kvmesh.v1.PrefillAnswer.$Shape; chunk?: null }|{ kind?: "chunk"; corrected?: null; prefill?: null; chunk: Uint8Array })
            );
        }

        /**
         * Properties of a RopeConfig.
         * @deprecated Use kvmesh.v1.RopeConfig.$Properties instead.
         */
        interface IRopeConfig extends kvmesh.v1.RopeConfig.$Properties {
        }

        /** Represents a RopeConfig. */
        class RopeConfig {

            /**
             * Constructs a new RopeConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.RopeConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RopeConfig style. */
            style: string;

            /** RopeConfig nRot. */
            nRot: number;

            /** RopeConfig headDim. */
            headDim: number;

            /** RopeConfig freqBase. */
            freqBase: number;

            /** RopeConfig freqScale. */
            freqScale: number;

            /** RopeConfig freqFactors. */
            freqFactors: number[];

            /**
             * Creates a new RopeConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RopeConfig instance
             */
            static create(properties: kvmesh.v1.RopeConfig.$Shape): kvmesh.v1.RopeConfig & kvmesh.v1.RopeConfig.$Shape;
            static create(properties?: kvmesh.v1.RopeConfig.$Properties): kvmesh.v1.RopeConfig;

            /**
             * Encodes the specified RopeConfig message. Does not implicitly {@link kvmesh.v1.RopeConfig.verify|verify} messages.
             * @param message RopeConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.RopeConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RopeConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.RopeConfig & kvmesh.v1.RopeConfig.$Shape} RopeConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.RopeConfig & kvmesh.v1.RopeConfig.$Shape;

            /**
             * Verifies a RopeConfig message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RopeConfig message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RopeConfig
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.RopeConfig;

            /**
             * Creates a plain object from a RopeConfig message. Also converts values to other types if specified.
             * @param message RopeConfig
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.RopeConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RopeConfig to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RopeConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RopeConfig {

            /** Properties of a RopeConfig. */
            interface $Properties {

                /** RopeConfig style */
                style?: (string|null);

                /** RopeConfig nRot */
                nRot?: (number|null);

                /** RopeConfig headDim */
                headDim?: (number|null);

                /** RopeConfig freqBase */
                freqBase?: (number|null);

                /** RopeConfig freqScale */
                freqScale?: (number|null);

                /** RopeConfig freqFactors */
                freqFactors?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RopeConfig. */
            type $Shape = kvmesh.v1.RopeConfig.$Properties;
        }

        /**
         * Properties of a KvTensorF16.
         * @deprecated Use kvmesh.v1.KvTensorF16.$Properties instead.
         */
        interface IKvTensorF16 extends kvmesh.v1.KvTensorF16.$Properties {
        }

        /** Represents a KvTensorF16. */
        class KvTensorF16 {

            /**
             * Constructs a new KvTensorF16.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.KvTensorF16.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KvTensorF16 nLayer. */
            nLayer: number;

            /** KvTensorF16 nTokens. */
            nTokens: number;

            /** KvTensorF16 rowK. */
            rowK: number;

            /** KvTensorF16 rowV. */
            rowV: number;

            /** KvTensorF16 data. */
            data: Uint8Array;

            /**
             * Creates a new KvTensorF16 instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KvTensorF16 instance
             */
            static create(properties: kvmesh.v1.KvTensorF16.$Shape): kvmesh.v1.KvTensorF16 & kvmesh.v1.KvTensorF16.$Shape;
            static create(properties?: kvmesh.v1.KvTensorF16.$Properties): kvmesh.v1.KvTensorF16;

            /**
             * Encodes the specified KvTensorF16 message. Does not implicitly {@link kvmesh.v1.KvTensorF16.verify|verify} messages.
             * @param message KvTensorF16 message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.KvTensorF16.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KvTensorF16 message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.KvTensorF16 & kvmesh.v1.KvTensorF16.$Shape} KvTensorF16
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.KvTensorF16 & kvmesh.v1.KvTensorF16.$Shape;

            /**
             * Verifies a KvTensorF16 message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a KvTensorF16 message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns KvTensorF16
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.KvTensorF16;

            /**
             * Creates a plain object from a KvTensorF16 message. Also converts values to other types if specified.
             * @param message KvTensorF16
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.KvTensorF16, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this KvTensorF16 to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for KvTensorF16
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KvTensorF16 {

            /** Properties of a KvTensorF16. */
            interface $Properties {

                /** KvTensorF16 nLayer */
                nLayer?: (number|null);

                /** KvTensorF16 nTokens */
                nTokens?: (number|null);

                /** KvTensorF16 rowK */
                rowK?: (number|null);

                /** KvTensorF16 rowV */
                rowV?: (number|null);

                /** KvTensorF16 data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KvTensorF16. */
            type $Shape = kvmesh.v1.KvTensorF16.$Properties;
        }

        /**
         * Properties of an AnchorCorrectRequest.
         * @deprecated Use kvmesh.v1.AnchorCorrectRequest.$Properties instead.
         */
        interface IAnchorCorrectRequest extends kvmesh.v1.AnchorCorrectRequest.$Properties {
        }

        /** Represents an AnchorCorrectRequest. */
        class AnchorCorrectRequest {

            /**
             * Constructs a new AnchorCorrectRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorCorrectRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorCorrectRequest kind. */
            kind: string;

            /** AnchorCorrectRequest consumer. */
            consumer: string;

            /** AnchorCorrectRequest content. */
            content?: (kvmesh.v1.KvTensorF16.$Properties|null);

            /** AnchorCorrectRequest following. */
            following: boolean;

            /**
             * Creates a new AnchorCorrectRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorCorrectRequest instance
             */
            static create(properties: kvmesh.v1.AnchorCorrectRequest.$Shape): kvmesh.v1.AnchorCorrectRequest & kvmesh.v1.AnchorCorrectRequest.$Shape;
            static create(properties?: kvmesh.v1.AnchorCorrectRequest.$Properties): kvmesh.v1.AnchorCorrectRequest;

            /**
             * Encodes the specified AnchorCorrectRequest message. Does not implicitly {@link kvmesh.v1.AnchorCorrectRequest.verify|verify} messages.
             * @param message AnchorCorrectRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorCorrectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorCorrectRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectRequest & kvmesh.v1.AnchorCorrectRequest.$Shape} AnchorCorrectRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorCorrectRequest & kvmesh.v1.AnchorCorrectRequest.$Shape;

            /**
             * Verifies an AnchorCorrectRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorCorrectRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorCorrectRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorCorrectRequest;

            /**
             * Creates a plain object from an AnchorCorrectRequest message. Also converts values to other types if specified.
             * @param message AnchorCorrectRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorCorrectRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorCorrectRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorCorrectRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorCorrectRequest {

            /** Properties of an AnchorCorrectRequest. */
            interface $Properties {

                /** AnchorCorrectRequest kind */
                kind?: (string|null);

                /** AnchorCorrectRequest consumer */
                consumer?: (string|null);

                /** AnchorCorrectRequest content */
                content?: (kvmesh.v1.KvTensorF16.$Properties|null);

                /** AnchorCorrectRequest following */
                following?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnchorCorrectRequest. */
            type $Shape = kvmesh.v1.AnchorCorrectRequest.$Properties;
        }

        /**
         * Properties of an AnchorReuseDecision.
         * @deprecated Use kvmesh.v1.AnchorReuseDecision.$Properties instead.
         */
        interface IAnchorReuseDecision extends kvmesh.v1.AnchorReuseDecision.$Properties {
        }

        /** Represents an AnchorReuseDecision. */
        class AnchorReuseDecision {

            /**
             * Constructs a new AnchorReuseDecision.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorReuseDecision.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorReuseDecision reusable. */
            reusable: boolean;

            /** AnchorReuseDecision reason. */
            reason: string;

            /** AnchorReuseDecision entropy. */
            entropy: number;

            /** AnchorReuseDecision threshold. */
            threshold: number;

            /** AnchorReuseDecision weights. */
            weights: number[];

            /** AnchorReuseDecision anchorIds. */
            anchorIds: string[];

            /** AnchorReuseDecision distances. */
            distances: number[];

            /** AnchorReuseDecision selected. */
            selected: string[];

            /** AnchorReuseDecision relDistance. */
            relDistance: number;

            /** AnchorReuseDecision k. */
            k: number;

            /**
             * Creates a new AnchorReuseDecision instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorReuseDecision instance
             */
            static create(properties: kvmesh.v1.AnchorReuseDecision.$Shape): kvmesh.v1.AnchorReuseDecision & kvmesh.v1.AnchorReuseDecision.$Shape;
            static create(properties?: kvmesh.v1.AnchorReuseDecision.$Properties): kvmesh.v1.AnchorReuseDecision;

            /**
             * Encodes the specified AnchorReuseDecision message. Does not implicitly {@link kvmesh.v1.AnchorReuseDecision.verify|verify} messages.
             * @param message AnchorReuseDecision message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorReuseDecision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorReuseDecision message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorReuseDecision & kvmesh.v1.AnchorReuseDecision.$Shape} AnchorReuseDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorReuseDecision & kvmesh.v1.AnchorReuseDecision.$Shape;

            /**
             * Verifies an AnchorReuseDecision message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorReuseDecision message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorReuseDecision
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorReuseDecision;

            /**
             * Creates a plain object from an AnchorReuseDecision message. Also converts values to other types if specified.
             * @param message AnchorReuseDecision
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorReuseDecision, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorReuseDecision to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorReuseDecision
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorReuseDecision {

            /** Properties of an AnchorReuseDecision. */
            interface $Properties {

                /** AnchorReuseDecision reusable */
                reusable?: (boolean|null);

                /** AnchorReuseDecision reason */
                reason?: (string|null);

                /** AnchorReuseDecision entropy */
                entropy?: (number|null);

                /** AnchorReuseDecision threshold */
                threshold?: (number|null);

                /** AnchorReuseDecision weights */
                weights?: (number[]|null);

                /** AnchorReuseDecision anchorIds */
                anchorIds?: (string[]|null);

                /** AnchorReuseDecision distances */
                distances?: (number[]|null);

                /** AnchorReuseDecision selected */
                selected?: (string[]|null);

                /** AnchorReuseDecision relDistance */
                relDistance?: (number|null);

                /** AnchorReuseDecision k */
                k?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnchorReuseDecision. */
            type $Shape = kvmesh.v1.AnchorReuseDecision.$Properties;
        }

        /**
         * Properties of an AnchorCorrected.
         * @deprecated Use kvmesh.v1.AnchorCorrected.$Properties instead.
         */
        interface IAnchorCorrected extends kvmesh.v1.AnchorCorrected.$Properties {
        }

        /** Represents an AnchorCorrected. */
        class AnchorCorrected {

            /**
             * Constructs a new AnchorCorrected.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorCorrected.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorCorrected kv. */
            kv?: (kvmesh.v1.KvTensorF16.$Properties|null);

            /** AnchorCorrected uncertainty. */
            uncertainty: number[];

            /** AnchorCorrected anchorIds. */
            anchorIds: string[];

            /** AnchorCorrected following. */
            following?: (kvmesh.v1.KvTensorF16.$Properties|null);

            /**
             * Creates a new AnchorCorrected instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorCorrected instance
             */
            static create(properties: kvmesh.v1.AnchorCorrected.$Shape): kvmesh.v1.AnchorCorrected & kvmesh.v1.AnchorCorrected.$Shape;
            static create(properties?: kvmesh.v1.AnchorCorrected.$Properties): kvmesh.v1.AnchorCorrected;

            /**
             * Encodes the specified AnchorCorrected message. Does not implicitly {@link kvmesh.v1.AnchorCorrected.verify|verify} messages.
             * @param message AnchorCorrected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorCorrected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorCorrected message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrected & kvmesh.v1.AnchorCorrected.$Shape} AnchorCorrected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorCorrected & kvmesh.v1.AnchorCorrected.$Shape;

            /**
             * Verifies an AnchorCorrected message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorCorrected message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorCorrected
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorCorrected;

            /**
             * Creates a plain object from an AnchorCorrected message. Also converts values to other types if specified.
             * @param message AnchorCorrected
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorCorrected, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorCorrected to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorCorrected
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorCorrected {

            /** Properties of an AnchorCorrected. */
            interface $Properties {

                /** AnchorCorrected kv */
                kv?: (kvmesh.v1.KvTensorF16.$Properties|null);

                /** AnchorCorrected uncertainty */
                uncertainty?: (number[]|null);

                /** AnchorCorrected anchorIds */
                anchorIds?: (string[]|null);

                /** AnchorCorrected following */
                following?: (kvmesh.v1.KvTensorF16.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnchorCorrected. */
            type $Shape = kvmesh.v1.AnchorCorrected.$Properties;
        }

        /**
         * Properties of an AnchorPrefill.
         * @deprecated Use kvmesh.v1.AnchorPrefill.$Properties instead.
         */
        interface IAnchorPrefill extends kvmesh.v1.AnchorPrefill.$Properties {
        }

        /** Represents an AnchorPrefill. */
        class AnchorPrefill {

            /**
             * Constructs a new AnchorPrefill.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorPrefill.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorPrefill reason. */
            reason: string;

            /**
             * Creates a new AnchorPrefill instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorPrefill instance
             */
            static create(properties: kvmesh.v1.AnchorPrefill.$Shape): kvmesh.v1.AnchorPrefill & kvmesh.v1.AnchorPrefill.$Shape;
            static create(properties?: kvmesh.v1.AnchorPrefill.$Properties): kvmesh.v1.AnchorPrefill;

            /**
             * Encodes the specified AnchorPrefill message. Does not implicitly {@link kvmesh.v1.AnchorPrefill.verify|verify} messages.
             * @param message AnchorPrefill message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorPrefill.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorPrefill message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorPrefill & kvmesh.v1.AnchorPrefill.$Shape} AnchorPrefill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorPrefill & kvmesh.v1.AnchorPrefill.$Shape;

            /**
             * Verifies an AnchorPrefill message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorPrefill message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorPrefill
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorPrefill;

            /**
             * Creates a plain object from an AnchorPrefill message. Also converts values to other types if specified.
             * @param message AnchorPrefill
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorPrefill, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorPrefill to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorPrefill
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorPrefill {

            /** Properties of an AnchorPrefill. */
            interface $Properties {

                /** AnchorPrefill reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnchorPrefill. */
            type $Shape = kvmesh.v1.AnchorPrefill.$Properties;
        }

        /**
         * Properties of an AnchorCorrectReply.
         * @deprecated Use kvmesh.v1.AnchorCorrectReply.$Properties instead.
         */
        interface IAnchorCorrectReply extends kvmesh.v1.AnchorCorrectReply.$Properties {
        }

        /** Represents an AnchorCorrectReply. */
        class AnchorCorrectReply {

            /**
             * Constructs a new AnchorCorrectReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorCorrectReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorCorrectReply corrected. */
            corrected?: (kvmesh.v1.AnchorCorrected.$Properties|null);

            /** AnchorCorrectReply prefill. */
            prefill?: (kvmesh.v1.AnchorPrefill.$Properties|null);

            /** AnchorCorrectReply decision. */
            decision?: (kvmesh.v1.AnchorReuseDecision.$Properties|null);

            /** AnchorCorrectReply kind. */
            kind?: ("corrected"|"prefill");

            /**
             * Creates a new AnchorCorrectReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorCorrectReply instance
             */
            static create(properties: kvmesh.v1.AnchorCorrectReply.$Shape): kvmesh.v1.AnchorCorrectReply & kvmesh.v1.AnchorCorrectReply.$Shape;
            static create(properties?: kvmesh.v1.AnchorCorrectReply.$Properties): kvmesh.v1.AnchorCorrectReply;

            /**
             * Encodes the specified AnchorCorrectReply message. Does not implicitly {@link kvmesh.v1.AnchorCorrectReply.verify|verify} messages.
             * @param message AnchorCorrectReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorCorrectReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorCorrectReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectReply & kvmesh.v1.AnchorCorrectReply.$Shape} AnchorCorrectReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorCorrectReply & kvmesh.v1.AnchorCorrectReply.$Shape;

            /**
             * Verifies an AnchorCorrectReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorCorrectReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorCorrectReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorCorrectReply;

            /**
             * Creates a plain object from an AnchorCorrectReply message. Also converts values to other types if specified.
             * @param message AnchorCorrectReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorCorrectReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorCorrectReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorCorrectReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorCorrectReply {

            /** Properties of an AnchorCorrectReply. */
            interface $Properties {

                /** AnchorCorrectReply corrected */
                corrected?: (kvmesh.v1.AnchorCorrected.$Properties|null);

                /** AnchorCorrectReply prefill */
                prefill?: (kvmesh.v1.AnchorPrefill.$Properties|null);

                /** AnchorCorrectReply decision */
                decision?: (kvmesh.v1.AnchorReuseDecision.$Properties|null);

                /** AnchorCorrectReply kind */
                kind?: ("corrected"|"prefill");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an AnchorCorrectReply. */
            type $Shape = {
              corrected?: kvmesh.v1.AnchorCorrected.$Shape|null;
              prefill?: kvmesh.v1.AnchorPrefill.$Shape|null;
              decision?: kvmesh.v1.AnchorReuseDecision.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; corrected?: null; prefill?: null }|{ kind?: "corrected"; corrected: kvmesh.v1.AnchorCorrected.$Shape; prefill?: null }|{ kind?: "prefill"; corrected?: null; prefill: kvmesh.v1.AnchorPrefill.$Shape })
            );
        }

        /**
         * Properties of an AnchorObserveRequest.
         * @deprecated Use kvmesh.v1.AnchorObserveRequest.$Properties instead.
         */
        interface IAnchorObserveRequest extends kvmesh.v1.AnchorObserveRequest.$Properties {
        }

        /** Represents an AnchorObserveRequest. */
        class AnchorObserveRequest {

            /**
             * Constructs a new AnchorObserveRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorObserveRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorObserveRequest kind. */
            kind: string;

            /** AnchorObserveRequest consumer. */
            consumer: string;

            /** AnchorObserveRequest contentId. */
            contentId: string;

            /** AnchorObserveRequest base. */
            base?: (kvmesh.v1.KvTensorF16.$Properties|null);

            /** AnchorObserveRequest real. */
            real?: (kvmesh.v1.KvTensorF16.$Properties|null);

            /** AnchorObserveRequest following. */
            following?: (kvmesh.v1.KvTensorF16.$Properties|null);

            /**
             * Creates a new AnchorObserveRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorObserveRequest instance
             */
            static create(properties: kvmesh.v1.AnchorObserveRequest.$Shape): kvmesh.v1.AnchorObserveRequest & kvmesh.v1.AnchorObserveRequest.$Shape;
            static create(properties?: kvmesh.v1.AnchorObserveRequest.$Properties): kvmesh.v1.AnchorObserveRequest;

            /**
             * Encodes the specified AnchorObserveRequest message. Does not implicitly {@link kvmesh.v1.AnchorObserveRequest.verify|verify} messages.
             * @param message AnchorObserveRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorObserveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorObserveRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorObserveRequest & kvmesh.v1.AnchorObserveRequest.$Shape} AnchorObserveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorObserveRequest & kvmesh.v1.AnchorObserveRequest.$Shape;

            /**
             * Verifies an AnchorObserveRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorObserveRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorObserveRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorObserveRequest;

            /**
             * Creates a plain object from an AnchorObserveRequest message. Also converts values to other types if specified.
             * @param message AnchorObserveRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorObserveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorObserveRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorObserveRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorObserveRequest {

            /** Properties of an AnchorObserveRequest. */
            interface $Properties {

                /** AnchorObserveRequest kind */
                kind?: (string|null);

                /** AnchorObserveRequest consumer */
                consumer?: (string|null);

                /** AnchorObserveRequest contentId */
                contentId?: (string|null);

                /** AnchorObserveRequest base */
                base?: (kvmesh.v1.KvTensorF16.$Properties|null);

                /** AnchorObserveRequest real */
                real?: (kvmesh.v1.KvTensorF16.$Properties|null);

                /** AnchorObserveRequest following */
                following?: (kvmesh.v1.KvTensorF16.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnchorObserveRequest. */
            type $Shape = kvmesh.v1.AnchorObserveRequest.$Properties;
        }

        /**
         * Properties of an AnchorObserveReply.
         * @deprecated Use kvmesh.v1.AnchorObserveReply.$Properties instead.
         */
        interface IAnchorObserveReply extends kvmesh.v1.AnchorObserveReply.$Properties {
        }

        /** Represents an AnchorObserveReply. */
        class AnchorObserveReply {

            /**
             * Constructs a new AnchorObserveReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorObserveReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorObserveReply created. */
            created: boolean;

            /** AnchorObserveReply evicted. */
            evicted: number;

            /**
             * Creates a new AnchorObserveReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorObserveReply instance
             */
            static create(properties: kvmesh.v1.AnchorObserveReply.$Shape): kvmesh.v1.AnchorObserveReply & kvmesh.v1.AnchorObserveReply.$Shape;
            static create(properties?: kvmesh.v1.AnchorObserveReply.$Properties): kvmesh.v1.AnchorObserveReply;

            /**
             * Encodes the specified AnchorObserveReply message. Does not implicitly {@link kvmesh.v1.AnchorObserveReply.verify|verify} messages.
             * @param message AnchorObserveReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorObserveReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorObserveReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorObserveReply & kvmesh.v1.AnchorObserveReply.$Shape} AnchorObserveReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorObserveReply & kvmesh.v1.AnchorObserveReply.$Shape;

            /**
             * Verifies an AnchorObserveReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorObserveReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorObserveReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorObserveReply;

            /**
             * Creates a plain object from an AnchorObserveReply message. Also converts values to other types if specified.
             * @param message AnchorObserveReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorObserveReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorObserveReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorObserveReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorObserveReply {

            /** Properties of an AnchorObserveReply. */
            interface $Properties {

                /** AnchorObserveReply created */
                created?: (boolean|null);

                /** AnchorObserveReply evicted */
                evicted?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnchorObserveReply. */
            type $Shape = kvmesh.v1.AnchorObserveReply.$Properties;
        }

        /**
         * Properties of an AnchorCorrectStoredRequest.
         * @deprecated Use kvmesh.v1.AnchorCorrectStoredRequest.$Properties instead.
         */
        interface IAnchorCorrectStoredRequest extends kvmesh.v1.AnchorCorrectStoredRequest.$Properties {
        }

        /** Represents an AnchorCorrectStoredRequest. */
        class AnchorCorrectStoredRequest {

            /**
             * Constructs a new AnchorCorrectStoredRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorCorrectStoredRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorCorrectStoredRequest kind. */
            kind: string;

            /** AnchorCorrectStoredRequest consumer. */
            consumer: string;

            /** AnchorCorrectStoredRequest keyDigest. */
            keyDigest: string;

            /** AnchorCorrectStoredRequest startPos. */
            startPos: number;

            /** AnchorCorrectStoredRequest rope. */
            rope?: (kvmesh.v1.RopeConfig.$Properties|null);

            /** AnchorCorrectStoredRequest moveUncovered. */
            moveUncovered: boolean;

            /** AnchorCorrectStoredRequest following. */
            following: boolean;

            /** AnchorCorrectStoredRequest frame0. */
            frame0: boolean;

            /**
             * Creates a new AnchorCorrectStoredRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorCorrectStoredRequest instance
             */
            static create(properties: kvmesh.v1.AnchorCorrectStoredRequest.$Shape): kvmesh.v1.AnchorCorrectStoredRequest & kvmesh.v1.AnchorCorrectStoredRequest.$Shape;
            static create(properties?: kvmesh.v1.AnchorCorrectStoredRequest.$Properties): kvmesh.v1.AnchorCorrectStoredRequest;

            /**
             * Encodes the specified AnchorCorrectStoredRequest message. Does not implicitly {@link kvmesh.v1.AnchorCorrectStoredRequest.verify|verify} messages.
             * @param message AnchorCorrectStoredRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorCorrectStoredRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorCorrectStoredRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectStoredRequest & kvmesh.v1.AnchorCorrectStoredRequest.$Shape} AnchorCorrectStoredRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorCorrectStoredRequest & kvmesh.v1.AnchorCorrectStoredRequest.$Shape;

            /**
             * Verifies an AnchorCorrectStoredRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorCorrectStoredRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorCorrectStoredRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorCorrectStoredRequest;

            /**
             * Creates a plain object from an AnchorCorrectStoredRequest message. Also converts values to other types if specified.
             * @param message AnchorCorrectStoredRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorCorrectStoredRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorCorrectStoredRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorCorrectStoredRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorCorrectStoredRequest {

            /** Properties of an AnchorCorrectStoredRequest. */
            interface $Properties {

                /** AnchorCorrectStoredRequest kind */
                kind?: (string|null);

                /** AnchorCorrectStoredRequest consumer */
                consumer?: (string|null);

                /** AnchorCorrectStoredRequest keyDigest */
                keyDigest?: (string|null);

                /** AnchorCorrectStoredRequest startPos */
                startPos?: (number|null);

                /** AnchorCorrectStoredRequest rope */
                rope?: (kvmesh.v1.RopeConfig.$Properties|null);

                /** AnchorCorrectStoredRequest moveUncovered */
                moveUncovered?: (boolean|null);

                /** AnchorCorrectStoredRequest following */
                following?: (boolean|null);

                /** AnchorCorrectStoredRequest frame0 */
                frame0?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnchorCorrectStoredRequest. */
            type $Shape = kvmesh.v1.AnchorCorrectStoredRequest.$Properties;
        }

        /**
         * Properties of an AnchorCorrectStoredReply.
         * @deprecated Use kvmesh.v1.AnchorCorrectStoredReply.$Properties instead.
         */
        interface IAnchorCorrectStoredReply extends kvmesh.v1.AnchorCorrectStoredReply.$Properties {
        }

        /** Represents an AnchorCorrectStoredReply. */
        class AnchorCorrectStoredReply {

            /**
             * Constructs a new AnchorCorrectStoredReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorCorrectStoredReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorCorrectStoredReply corrected. */
            corrected?: (kvmesh.v1.AnchorCorrected.$Properties|null);

            /** AnchorCorrectStoredReply prefill. */
            prefill?: (kvmesh.v1.AnchorPrefill.$Properties|null);

            /** AnchorCorrectStoredReply decision. */
            decision?: (kvmesh.v1.AnchorReuseDecision.$Properties|null);

            /** AnchorCorrectStoredReply ahead. */
            ahead: boolean;

            /** AnchorCorrectStoredReply covered. */
            covered: number;

            /** AnchorCorrectStoredReply following. */
            following?: (kvmesh.v1.KvTensorF16.$Properties|null);

            /** AnchorCorrectStoredReply kind. */
            kind?: ("corrected"|"prefill");

            /**
             * Creates a new AnchorCorrectStoredReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorCorrectStoredReply instance
             */
            static create(properties: kvmesh.v1.AnchorCorrectStoredReply.$Shape): kvmesh.v1.AnchorCorrectStoredReply & kvmesh.v1.AnchorCorrectStoredReply.$Shape;
            static create(properties?: kvmesh.v1.AnchorCorrectStoredReply.$Properties): kvmesh.v1.AnchorCorrectStoredReply;

            /**
             * Encodes the specified AnchorCorrectStoredReply message. Does not implicitly {@link kvmesh.v1.AnchorCorrectStoredReply.verify|verify} messages.
             * @param message AnchorCorrectStoredReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorCorrectStoredReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorCorrectStoredReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectStoredReply & kvmesh.v1.AnchorCorrectStoredReply.$Shape} AnchorCorrectStoredReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorCorrectStoredReply & kvmesh.v1.AnchorCorrectStoredReply.$Shape;

            /**
             * Verifies an AnchorCorrectStoredReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorCorrectStoredReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorCorrectStoredReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorCorrectStoredReply;

            /**
             * Creates a plain object from an AnchorCorrectStoredReply message. Also converts values to other types if specified.
             * @param message AnchorCorrectStoredReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorCorrectStoredReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorCorrectStoredReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorCorrectStoredReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorCorrectStoredReply {

            /** Properties of an AnchorCorrectStoredReply. */
            interface $Properties {

                /** AnchorCorrectStoredReply corrected */
                corrected?: (kvmesh.v1.AnchorCorrected.$Properties|null);

                /** AnchorCorrectStoredReply prefill */
                prefill?: (kvmesh.v1.AnchorPrefill.$Properties|null);

                /** AnchorCorrectStoredReply decision */
                decision?: (kvmesh.v1.AnchorReuseDecision.$Properties|null);

                /** AnchorCorrectStoredReply ahead */
                ahead?: (boolean|null);

                /** AnchorCorrectStoredReply covered */
                covered?: (number|null);

                /** AnchorCorrectStoredReply following */
                following?: (kvmesh.v1.KvTensorF16.$Properties|null);

                /** AnchorCorrectStoredReply kind */
                kind?: ("corrected"|"prefill");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an AnchorCorrectStoredReply. */
            type $Shape = {
              corrected?: kvmesh.v1.AnchorCorrected.$Shape|null;
              prefill?: kvmesh.v1.AnchorPrefill.$Shape|null;
              decision?: kvmesh.v1.AnchorReuseDecision.$Shape|null;
              ahead?: boolean|null;
              covered?: number|null;
              following?: kvmesh.v1.KvTensorF16.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; corrected?: null; prefill?: null }|{ kind?: "corrected"; corrected: kvmesh.v1.AnchorCorrected.$Shape; prefill?: null }|{ kind?: "prefill"; corrected?: null; prefill: kvmesh.v1.AnchorPrefill.$Shape })
            );
        }

        /**
         * Properties of an AnchorCorrectStoredBatchRequest.
         * @deprecated Use kvmesh.v1.AnchorCorrectStoredBatchRequest.$Properties instead.
         */
        interface IAnchorCorrectStoredBatchRequest extends kvmesh.v1.AnchorCorrectStoredBatchRequest.$Properties {
        }

        /** Represents an AnchorCorrectStoredBatchRequest. */
        class AnchorCorrectStoredBatchRequest {

            /**
             * Constructs a new AnchorCorrectStoredBatchRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorCorrectStoredBatchRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorCorrectStoredBatchRequest parts. */
            parts: kvmesh.v1.AnchorCorrectStoredRequest.$Properties[];

            /** AnchorCorrectStoredBatchRequest sameHost. */
            sameHost: boolean;

            /**
             * Creates a new AnchorCorrectStoredBatchRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorCorrectStoredBatchRequest instance
             */
            static create(properties: kvmesh.v1.AnchorCorrectStoredBatchRequest.$Shape): kvmesh.v1.AnchorCorrectStoredBatchRequest & kvmesh.v1.AnchorCorrectStoredBatchRequest.$Shape;
            static create(properties?: kvmesh.v1.AnchorCorrectStoredBatchRequest.$Properties): kvmesh.v1.AnchorCorrectStoredBatchRequest;

            /**
             * Encodes the specified AnchorCorrectStoredBatchRequest message. Does not implicitly {@link kvmesh.v1.AnchorCorrectStoredBatchRequest.verify|verify} messages.
             * @param message AnchorCorrectStoredBatchRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorCorrectStoredBatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorCorrectStoredBatchRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectStoredBatchRequest & kvmesh.v1.AnchorCorrectStoredBatchRequest.$Shape} AnchorCorrectStoredBatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorCorrectStoredBatchRequest & kvmesh.v1.AnchorCorrectStoredBatchRequest.$Shape;

            /**
             * Verifies an AnchorCorrectStoredBatchRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorCorrectStoredBatchRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorCorrectStoredBatchRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorCorrectStoredBatchRequest;

            /**
             * Creates a plain object from an AnchorCorrectStoredBatchRequest message. Also converts values to other types if specified.
             * @param message AnchorCorrectStoredBatchRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorCorrectStoredBatchRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorCorrectStoredBatchRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorCorrectStoredBatchRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorCorrectStoredBatchRequest {

            /** Properties of an AnchorCorrectStoredBatchRequest. */
            interface $Properties {

                /** AnchorCorrectStoredBatchRequest parts */
                parts?: (kvmesh.v1.AnchorCorrectStoredRequest.$Properties[]|null);

                /** AnchorCorrectStoredBatchRequest sameHost */
                sameHost?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnchorCorrectStoredBatchRequest. */
            type $Shape = kvmesh.v1.AnchorCorrectStoredBatchRequest.$Properties;
        }

        /**
         * Properties of an AnchorCorrectStoredBatchReply.
         * @deprecated Use kvmesh.v1.AnchorCorrectStoredBatchReply.$Properties instead.
         */
        interface IAnchorCorrectStoredBatchReply extends kvmesh.v1.AnchorCorrectStoredBatchReply.$Properties {
        }

        /** Represents an AnchorCorrectStoredBatchReply. */
        class AnchorCorrectStoredBatchReply {

            /**
             * Constructs a new AnchorCorrectStoredBatchReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorCorrectStoredBatchReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorCorrectStoredBatchReply parts. */
            parts: kvmesh.v1.AnchorCorrectStoredReply.$Properties[];

            /** AnchorCorrectStoredBatchReply shm. */
            shm?: (kvmesh.v1.AnchorShmRef.$Properties|null);

            /**
             * Creates a new AnchorCorrectStoredBatchReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorCorrectStoredBatchReply instance
             */
            static create(properties: kvmesh.v1.AnchorCorrectStoredBatchReply.$Shape): kvmesh.v1.AnchorCorrectStoredBatchReply & kvmesh.v1.AnchorCorrectStoredBatchReply.$Shape;
            static create(properties?: kvmesh.v1.AnchorCorrectStoredBatchReply.$Properties): kvmesh.v1.AnchorCorrectStoredBatchReply;

            /**
             * Encodes the specified AnchorCorrectStoredBatchReply message. Does not implicitly {@link kvmesh.v1.AnchorCorrectStoredBatchReply.verify|verify} messages.
             * @param message AnchorCorrectStoredBatchReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorCorrectStoredBatchReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorCorrectStoredBatchReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectStoredBatchReply & kvmesh.v1.AnchorCorrectStoredBatchReply.$Shape} AnchorCorrectStoredBatchReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorCorrectStoredBatchReply & kvmesh.v1.AnchorCorrectStoredBatchReply.$Shape;

            /**
             * Verifies an AnchorCorrectStoredBatchReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorCorrectStoredBatchReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorCorrectStoredBatchReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorCorrectStoredBatchReply;

            /**
             * Creates a plain object from an AnchorCorrectStoredBatchReply message. Also converts values to other types if specified.
             * @param message AnchorCorrectStoredBatchReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorCorrectStoredBatchReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorCorrectStoredBatchReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorCorrectStoredBatchReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorCorrectStoredBatchReply {

            /** Properties of an AnchorCorrectStoredBatchReply. */
            interface $Properties {

                /** AnchorCorrectStoredBatchReply parts */
                parts?: (kvmesh.v1.AnchorCorrectStoredReply.$Properties[]|null);

                /** AnchorCorrectStoredBatchReply shm */
                shm?: (kvmesh.v1.AnchorShmRef.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnchorCorrectStoredBatchReply. */
            type $Shape = {
              parts?: kvmesh.v1.AnchorCorrectStoredReply.$Shape[]|null;
              shm?: kvmesh.v1.AnchorShmRef.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an AnchorCorrectAheadRequest.
         * @deprecated Use kvmesh.v1.AnchorCorrectAheadRequest.$Properties instead.
         */
        interface IAnchorCorrectAheadRequest extends kvmesh.v1.AnchorCorrectAheadRequest.$Properties {
        }

        /** Represents an AnchorCorrectAheadRequest. */
        class AnchorCorrectAheadRequest {

            /**
             * Constructs a new AnchorCorrectAheadRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorCorrectAheadRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorCorrectAheadRequest kind. */
            kind: string;

            /** AnchorCorrectAheadRequest keyDigest. */
            keyDigest: string;

            /** AnchorCorrectAheadRequest rope. */
            rope?: (kvmesh.v1.RopeConfig.$Properties|null);

            /**
             * Creates a new AnchorCorrectAheadRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorCorrectAheadRequest instance
             */
            static create(properties: kvmesh.v1.AnchorCorrectAheadRequest.$Shape): kvmesh.v1.AnchorCorrectAheadRequest & kvmesh.v1.AnchorCorrectAheadRequest.$Shape;
            static create(properties?: kvmesh.v1.AnchorCorrectAheadRequest.$Properties): kvmesh.v1.AnchorCorrectAheadRequest;

            /**
             * Encodes the specified AnchorCorrectAheadRequest message. Does not implicitly {@link kvmesh.v1.AnchorCorrectAheadRequest.verify|verify} messages.
             * @param message AnchorCorrectAheadRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorCorrectAheadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorCorrectAheadRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectAheadRequest & kvmesh.v1.AnchorCorrectAheadRequest.$Shape} AnchorCorrectAheadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorCorrectAheadRequest & kvmesh.v1.AnchorCorrectAheadRequest.$Shape;

            /**
             * Verifies an AnchorCorrectAheadRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorCorrectAheadRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorCorrectAheadRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorCorrectAheadRequest;

            /**
             * Creates a plain object from an AnchorCorrectAheadRequest message. Also converts values to other types if specified.
             * @param message AnchorCorrectAheadRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorCorrectAheadRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorCorrectAheadRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorCorrectAheadRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorCorrectAheadRequest {

            /** Properties of an AnchorCorrectAheadRequest. */
            interface $Properties {

                /** AnchorCorrectAheadRequest kind */
                kind?: (string|null);

                /** AnchorCorrectAheadRequest keyDigest */
                keyDigest?: (string|null);

                /** AnchorCorrectAheadRequest rope */
                rope?: (kvmesh.v1.RopeConfig.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnchorCorrectAheadRequest. */
            type $Shape = kvmesh.v1.AnchorCorrectAheadRequest.$Properties;
        }

        /**
         * Properties of an AnchorCorrectAheadReply.
         * @deprecated Use kvmesh.v1.AnchorCorrectAheadReply.$Properties instead.
         */
        interface IAnchorCorrectAheadReply extends kvmesh.v1.AnchorCorrectAheadReply.$Properties {
        }

        /** Represents an AnchorCorrectAheadReply. */
        class AnchorCorrectAheadReply {

            /**
             * Constructs a new AnchorCorrectAheadReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorCorrectAheadReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorCorrectAheadReply queued. */
            queued: number;

            /**
             * Creates a new AnchorCorrectAheadReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorCorrectAheadReply instance
             */
            static create(properties: kvmesh.v1.AnchorCorrectAheadReply.$Shape): kvmesh.v1.AnchorCorrectAheadReply & kvmesh.v1.AnchorCorrectAheadReply.$Shape;
            static create(properties?: kvmesh.v1.AnchorCorrectAheadReply.$Properties): kvmesh.v1.AnchorCorrectAheadReply;

            /**
             * Encodes the specified AnchorCorrectAheadReply message. Does not implicitly {@link kvmesh.v1.AnchorCorrectAheadReply.verify|verify} messages.
             * @param message AnchorCorrectAheadReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorCorrectAheadReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorCorrectAheadReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectAheadReply & kvmesh.v1.AnchorCorrectAheadReply.$Shape} AnchorCorrectAheadReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorCorrectAheadReply & kvmesh.v1.AnchorCorrectAheadReply.$Shape;

            /**
             * Verifies an AnchorCorrectAheadReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorCorrectAheadReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorCorrectAheadReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorCorrectAheadReply;

            /**
             * Creates a plain object from an AnchorCorrectAheadReply message. Also converts values to other types if specified.
             * @param message AnchorCorrectAheadReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorCorrectAheadReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorCorrectAheadReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorCorrectAheadReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorCorrectAheadReply {

            /** Properties of an AnchorCorrectAheadReply. */
            interface $Properties {

                /** AnchorCorrectAheadReply queued */
                queued?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnchorCorrectAheadReply. */
            type $Shape = kvmesh.v1.AnchorCorrectAheadReply.$Properties;
        }

        /**
         * Properties of an AnchorObserveStoredRequest.
         * @deprecated Use kvmesh.v1.AnchorObserveStoredRequest.$Properties instead.
         */
        interface IAnchorObserveStoredRequest extends kvmesh.v1.AnchorObserveStoredRequest.$Properties {
        }

        /** Represents an AnchorObserveStoredRequest. */
        class AnchorObserveStoredRequest {

            /**
             * Constructs a new AnchorObserveStoredRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorObserveStoredRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorObserveStoredRequest kind. */
            kind: string;

            /** AnchorObserveStoredRequest consumer. */
            consumer: string;

            /** AnchorObserveStoredRequest contentId. */
            contentId: string;

            /** AnchorObserveStoredRequest baseKeyDigest. */
            baseKeyDigest: string;

            /** AnchorObserveStoredRequest rope. */
            rope?: (kvmesh.v1.RopeConfig.$Properties|null);

            /** AnchorObserveStoredRequest real. */
            real?: (kvmesh.v1.KvTensorF16.$Properties|null);

            /** AnchorObserveStoredRequest following. */
            following?: (kvmesh.v1.KvTensorF16.$Properties|null);

            /**
             * Creates a new AnchorObserveStoredRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorObserveStoredRequest instance
             */
            static create(properties: kvmesh.v1.AnchorObserveStoredRequest.$Shape): kvmesh.v1.AnchorObserveStoredRequest & kvmesh.v1.AnchorObserveStoredRequest.$Shape;
            static create(properties?: kvmesh.v1.AnchorObserveStoredRequest.$Properties): kvmesh.v1.AnchorObserveStoredRequest;

            /**
             * Encodes the specified AnchorObserveStoredRequest message. Does not implicitly {@link kvmesh.v1.AnchorObserveStoredRequest.verify|verify} messages.
             * @param message AnchorObserveStoredRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorObserveStoredRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorObserveStoredRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorObserveStoredRequest & kvmesh.v1.AnchorObserveStoredRequest.$Shape} AnchorObserveStoredRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorObserveStoredRequest & kvmesh.v1.AnchorObserveStoredRequest.$Shape;

            /**
             * Verifies an AnchorObserveStoredRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorObserveStoredRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorObserveStoredRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorObserveStoredRequest;

            /**
             * Creates a plain object from an AnchorObserveStoredRequest message. Also converts values to other types if specified.
             * @param message AnchorObserveStoredRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorObserveStoredRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorObserveStoredRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorObserveStoredRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorObserveStoredRequest {

            /** Properties of an AnchorObserveStoredRequest. */
            interface $Properties {

                /** AnchorObserveStoredRequest kind */
                kind?: (string|null);

                /** AnchorObserveStoredRequest consumer */
                consumer?: (string|null);

                /** AnchorObserveStoredRequest contentId */
                contentId?: (string|null);

                /** AnchorObserveStoredRequest baseKeyDigest */
                baseKeyDigest?: (string|null);

                /** AnchorObserveStoredRequest rope */
                rope?: (kvmesh.v1.RopeConfig.$Properties|null);

                /** AnchorObserveStoredRequest real */
                real?: (kvmesh.v1.KvTensorF16.$Properties|null);

                /** AnchorObserveStoredRequest following */
                following?: (kvmesh.v1.KvTensorF16.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnchorObserveStoredRequest. */
            type $Shape = kvmesh.v1.AnchorObserveStoredRequest.$Properties;
        }

        /**
         * Properties of an AnchorStatsRequest.
         * @deprecated Use kvmesh.v1.AnchorStatsRequest.$Properties instead.
         */
        interface IAnchorStatsRequest extends kvmesh.v1.AnchorStatsRequest.$Properties {
        }

        /** Represents an AnchorStatsRequest. */
        class AnchorStatsRequest {

            /**
             * Constructs a new AnchorStatsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorStatsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new AnchorStatsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorStatsRequest instance
             */
            static create(properties: kvmesh.v1.AnchorStatsRequest.$Shape): kvmesh.v1.AnchorStatsRequest & kvmesh.v1.AnchorStatsRequest.$Shape;
            static create(properties?: kvmesh.v1.AnchorStatsRequest.$Properties): kvmesh.v1.AnchorStatsRequest;

            /**
             * Encodes the specified AnchorStatsRequest message. Does not implicitly {@link kvmesh.v1.AnchorStatsRequest.verify|verify} messages.
             * @param message AnchorStatsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorStatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorStatsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorStatsRequest & kvmesh.v1.AnchorStatsRequest.$Shape} AnchorStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorStatsRequest & kvmesh.v1.AnchorStatsRequest.$Shape;

            /**
             * Verifies an AnchorStatsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorStatsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorStatsRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorStatsRequest;

            /**
             * Creates a plain object from an AnchorStatsRequest message. Also converts values to other types if specified.
             * @param message AnchorStatsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorStatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorStatsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorStatsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorStatsRequest {

            /** Properties of an AnchorStatsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnchorStatsRequest. */
            type $Shape = kvmesh.v1.AnchorStatsRequest.$Properties;
        }

        /**
         * Properties of an AnchorStatsReply.
         * @deprecated Use kvmesh.v1.AnchorStatsReply.$Properties instead.
         */
        interface IAnchorStatsReply extends kvmesh.v1.AnchorStatsReply.$Properties {
        }

        /** Represents an AnchorStatsReply. */
        class AnchorStatsReply {

            /**
             * Constructs a new AnchorStatsReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.AnchorStatsReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnchorStatsReply kinds. */
            kinds: number;

            /** AnchorStatsReply anchors. */
            anchors: number;

            /** AnchorStatsReply bytes. */
            bytes: number;

            /** AnchorStatsReply corrected. */
            corrected: number;

            /** AnchorStatsReply prefills. */
            prefills: number;

            /** AnchorStatsReply observations. */
            observations: number;

            /** AnchorStatsReply ahead. */
            ahead: number;

            /** AnchorStatsReply aheadUsed. */
            aheadUsed: number;

            /**
             * Creates a new AnchorStatsReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnchorStatsReply instance
             */
            static create(properties: kvmesh.v1.AnchorStatsReply.$Shape): kvmesh.v1.AnchorStatsReply & kvmesh.v1.AnchorStatsReply.$Shape;
            static create(properties?: kvmesh.v1.AnchorStatsReply.$Properties): kvmesh.v1.AnchorStatsReply;

            /**
             * Encodes the specified AnchorStatsReply message. Does not implicitly {@link kvmesh.v1.AnchorStatsReply.verify|verify} messages.
             * @param message AnchorStatsReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.AnchorStatsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnchorStatsReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorStatsReply & kvmesh.v1.AnchorStatsReply.$Shape} AnchorStatsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.AnchorStatsReply & kvmesh.v1.AnchorStatsReply.$Shape;

            /**
             * Verifies an AnchorStatsReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnchorStatsReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnchorStatsReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.AnchorStatsReply;

            /**
             * Creates a plain object from an AnchorStatsReply message. Also converts values to other types if specified.
             * @param message AnchorStatsReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.AnchorStatsReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnchorStatsReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnchorStatsReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnchorStatsReply {

            /** Properties of an AnchorStatsReply. */
            interface $Properties {

                /** AnchorStatsReply kinds */
                kinds?: (number|null);

                /** AnchorStatsReply anchors */
                anchors?: (number|null);

                /** AnchorStatsReply bytes */
                bytes?: (number|null);

                /** AnchorStatsReply corrected */
                corrected?: (number|null);

                /** AnchorStatsReply prefills */
                prefills?: (number|null);

                /** AnchorStatsReply observations */
                observations?: (number|null);

                /** AnchorStatsReply ahead */
                ahead?: (number|null);

                /** AnchorStatsReply aheadUsed */
                aheadUsed?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnchorStatsReply. */
            type $Shape = kvmesh.v1.AnchorStatsReply.$Properties;
        }

        /**
         * Properties of a SegmentManifest.
         * @deprecated Use kvmesh.v1.SegmentManifest.$Properties instead.
         */
        interface ISegmentManifest extends kvmesh.v1.SegmentManifest.$Properties {
        }

        /** Represents a SegmentManifest. */
        class SegmentManifest {

            /**
             * Constructs a new SegmentManifest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.SegmentManifest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SegmentManifest keyDigest. */
            keyDigest: string;

            /** SegmentManifest modelFingerprint. */
            modelFingerprint: string;

            /** SegmentManifest kType. */
            kType: string;

            /** SegmentManifest vType. */
            vType: string;

            /** SegmentManifest nLayer. */
            nLayer: number;

            /** SegmentManifest rowK. */
            rowK: number;

            /** SegmentManifest rowV. */
            rowV: number;

            /** SegmentManifest tokens. */
            tokens: number[];

            /** SegmentManifest positions. */
            positions: number[];

            /** SegmentManifest contextDigest. */
            contextDigest: string;

            /** SegmentManifest byteLength. */
            byteLength: number;

            /** SegmentManifest checksum. */
            checksum: string;

            /** SegmentManifest stateFormatVersion. */
            stateFormatVersion: number;

            /** SegmentManifest storedUnixMs. */
            storedUnixMs: number;

            /**
             * Creates a new SegmentManifest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SegmentManifest instance
             */
            static create(properties: kvmesh.v1.SegmentManifest.$Shape): kvmesh.v1.SegmentManifest & kvmesh.v1.SegmentManifest.$Shape;
            static create(properties?: kvmesh.v1.SegmentManifest.$Properties): kvmesh.v1.SegmentManifest;

            /**
             * Encodes the specified SegmentManifest message. Does not implicitly {@link kvmesh.v1.SegmentManifest.verify|verify} messages.
             * @param message SegmentManifest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.SegmentManifest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SegmentManifest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.SegmentManifest & kvmesh.v1.SegmentManifest.$Shape} SegmentManifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.SegmentManifest & kvmesh.v1.SegmentManifest.$Shape;

            /**
             * Verifies a SegmentManifest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SegmentManifest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SegmentManifest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.SegmentManifest;

            /**
             * Creates a plain object from a SegmentManifest message. Also converts values to other types if specified.
             * @param message SegmentManifest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.SegmentManifest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SegmentManifest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SegmentManifest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SegmentManifest {

            /** Properties of a SegmentManifest. */
            interface $Properties {

                /** SegmentManifest keyDigest */
                keyDigest?: (string|null);

                /** SegmentManifest modelFingerprint */
                modelFingerprint?: (string|null);

                /** SegmentManifest kType */
                kType?: (string|null);

                /** SegmentManifest vType */
                vType?: (string|null);

                /** SegmentManifest nLayer */
                nLayer?: (number|null);

                /** SegmentManifest rowK */
                rowK?: (number|null);

                /** SegmentManifest rowV */
                rowV?: (number|null);

                /** SegmentManifest tokens */
                tokens?: (number[]|null);

                /** SegmentManifest positions */
                positions?: (number[]|null);

                /** SegmentManifest contextDigest */
                contextDigest?: (string|null);

                /** SegmentManifest byteLength */
                byteLength?: (number|null);

                /** SegmentManifest checksum */
                checksum?: (string|null);

                /** SegmentManifest stateFormatVersion */
                stateFormatVersion?: (number|null);

                /** SegmentManifest storedUnixMs */
                storedUnixMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SegmentManifest. */
            type $Shape = kvmesh.v1.SegmentManifest.$Properties;
        }

        /**
         * Properties of a PutHeader.
         * @deprecated Use kvmesh.v1.PutHeader.$Properties instead.
         */
        interface IPutHeader extends kvmesh.v1.PutHeader.$Properties {
        }

        /** Represents a PutHeader. */
        class PutHeader {

            /**
             * Constructs a new PutHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.PutHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PutHeader manifest. */
            manifest?: (kvmesh.v1.SegmentManifest.$Properties|null);

            /** PutHeader shmPath. */
            shmPath: string;

            /**
             * Creates a new PutHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PutHeader instance
             */
            static create(properties: kvmesh.v1.PutHeader.$Shape): kvmesh.v1.PutHeader & kvmesh.v1.PutHeader.$Shape;
            static create(properties?: kvmesh.v1.PutHeader.$Properties): kvmesh.v1.PutHeader;

            /**
             * Encodes the specified PutHeader message. Does not implicitly {@link kvmesh.v1.PutHeader.verify|verify} messages.
             * @param message PutHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.PutHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PutHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.PutHeader & kvmesh.v1.PutHeader.$Shape} PutHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.PutHeader & kvmesh.v1.PutHeader.$Shape;

            /**
             * Verifies a PutHeader message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PutHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PutHeader
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.PutHeader;

            /**
             * Creates a plain object from a PutHeader message. Also converts values to other types if specified.
             * @param message PutHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.PutHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PutHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PutHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PutHeader {

            /** Properties of a PutHeader. */
            interface $Properties {

                /** PutHeader manifest */
                manifest?: (kvmesh.v1.SegmentManifest.$Properties|null);

                /** PutHeader shmPath */
                shmPath?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PutHeader. */
            type $Shape = kvmesh.v1.PutHeader.$Properties;
        }

        /**
         * Properties of a PutRequest.
         * @deprecated Use kvmesh.v1.PutRequest.$Properties instead.
         */
        interface IPutRequest extends kvmesh.v1.PutRequest.$Properties {
        }

        /** Represents a PutRequest. */
        class PutRequest {

            /**
             * Constructs a new PutRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.PutRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PutRequest header. */
            header?: (kvmesh.v1.PutHeader.$Properties|null);

            /** PutRequest chunk. */
            chunk?: (Uint8Array|null);

            /** PutRequest kind. */
            kind?: ("header"|"chunk");

            /**
             * Creates a new PutRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PutRequest instance
             */
            static create(properties: kvmesh.v1.PutRequest.$Shape): kvmesh.v1.PutRequest & kvmesh.v1.PutRequest.$Shape;
            static create(properties?: kvmesh.v1.PutRequest.$Properties): kvmesh.v1.PutRequest;

            /**
             * Encodes the specified PutRequest message. Does not implicitly {@link kvmesh.v1.PutRequest.verify|verify} messages.
             * @param message PutRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.PutRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PutRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.PutRequest & kvmesh.v1.PutRequest.$Shape} PutRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.PutRequest & kvmesh.v1.PutRequest.$Shape;

            /**
             * Verifies a PutRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PutRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PutRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.PutRequest;

            /**
             * Creates a plain object from a PutRequest message. Also converts values to other types if specified.
             * @param message PutRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.PutRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PutRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PutRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PutRequest {

            /** Properties of a PutRequest. */
            interface $Properties {

                /** PutRequest header */
                header?: (kvmesh.v1.PutHeader.$Properties|null);

                /** PutRequest chunk */
                chunk?: (Uint8Array|null);

                /** PutRequest kind */
                kind?: ("header"|"chunk");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a PutRequest. */
            type $Shape = {
              header?: kvmesh.v1.PutHeader.$Shape|null;
              chunk?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; header?: null; chunk?: null }|{ kind?: "header"; header: kvmesh.v1.PutHeader.$Shape; chunk?: null }|{ kind?: "chunk"; header?: null; chunk: Uint8Array })
            );
        }

        /**
         * Properties of a PutReply.
         * @deprecated Use kvmesh.v1.PutReply.$Properties instead.
         */
        interface IPutReply extends kvmesh.v1.PutReply.$Properties {
        }

        /** Represents a PutReply. */
        class PutReply {

            /**
             * Constructs a new PutReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.PutReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PutReply keyDigest. */
            keyDigest: string;

            /** PutReply byteLength. */
            byteLength: number;

            /** PutReply created. */
            created: boolean;

            /**
             * Creates a new PutReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PutReply instance
             */
            static create(properties: kvmesh.v1.PutReply.$Shape): kvmesh.v1.PutReply & kvmesh.v1.PutReply.$Shape;
            static create(properties?: kvmesh.v1.PutReply.$Properties): kvmesh.v1.PutReply;

            /**
             * Encodes the specified PutReply message. Does not implicitly {@link kvmesh.v1.PutReply.verify|verify} messages.
             * @param message PutReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.PutReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PutReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.PutReply & kvmesh.v1.PutReply.$Shape} PutReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.PutReply & kvmesh.v1.PutReply.$Shape;

            /**
             * Verifies a PutReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PutReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PutReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.PutReply;

            /**
             * Creates a plain object from a PutReply message. Also converts values to other types if specified.
             * @param message PutReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.PutReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PutReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PutReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PutReply {

            /** Properties of a PutReply. */
            interface $Properties {

                /** PutReply keyDigest */
                keyDigest?: (string|null);

                /** PutReply byteLength */
                byteLength?: (number|null);

                /** PutReply created */
                created?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PutReply. */
            type $Shape = kvmesh.v1.PutReply.$Properties;
        }

        /**
         * Properties of a GetRequest.
         * @deprecated Use kvmesh.v1.GetRequest.$Properties instead.
         */
        interface IGetRequest extends kvmesh.v1.GetRequest.$Properties {
        }

        /** Represents a GetRequest. */
        class GetRequest {

            /**
             * Constructs a new GetRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.GetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetRequest keyDigest. */
            keyDigest: string;

            /** GetRequest sameHost. */
            sameHost: boolean;

            /**
             * Creates a new GetRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetRequest instance
             */
            static create(properties: kvmesh.v1.GetRequest.$Shape): kvmesh.v1.GetRequest & kvmesh.v1.GetRequest.$Shape;
            static create(properties?: kvmesh.v1.GetRequest.$Properties): kvmesh.v1.GetRequest;

            /**
             * Encodes the specified GetRequest message. Does not implicitly {@link kvmesh.v1.GetRequest.verify|verify} messages.
             * @param message GetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.GetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.GetRequest & kvmesh.v1.GetRequest.$Shape} GetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.GetRequest & kvmesh.v1.GetRequest.$Shape;

            /**
             * Verifies a GetRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.GetRequest;

            /**
             * Creates a plain object from a GetRequest message. Also converts values to other types if specified.
             * @param message GetRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.GetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetRequest {

            /** Properties of a GetRequest. */
            interface $Properties {

                /** GetRequest keyDigest */
                keyDigest?: (string|null);

                /** GetRequest sameHost */
                sameHost?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetRequest. */
            type $Shape = kvmesh.v1.GetRequest.$Properties;
        }

        /**
         * Properties of a ShmRef.
         * @deprecated Use kvmesh.v1.ShmRef.$Properties instead.
         */
        interface IShmRef extends kvmesh.v1.ShmRef.$Properties {
        }

        /** Represents a ShmRef. */
        class ShmRef {

            /**
             * Constructs a new ShmRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.ShmRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShmRef path. */
            path: string;

            /** ShmRef byteLength. */
            byteLength: number;

            /** ShmRef lease. */
            lease: string;

            /** ShmRef ttlMs. */
            ttlMs: number;

            /**
             * Creates a new ShmRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShmRef instance
             */
            static create(properties: kvmesh.v1.ShmRef.$Shape): kvmesh.v1.ShmRef & kvmesh.v1.ShmRef.$Shape;
            static create(properties?: kvmesh.v1.ShmRef.$Properties): kvmesh.v1.ShmRef;

            /**
             * Encodes the specified ShmRef message. Does not implicitly {@link kvmesh.v1.ShmRef.verify|verify} messages.
             * @param message ShmRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.ShmRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShmRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.ShmRef & kvmesh.v1.ShmRef.$Shape} ShmRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.ShmRef & kvmesh.v1.ShmRef.$Shape;

            /**
             * Verifies a ShmRef message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ShmRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShmRef
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.ShmRef;

            /**
             * Creates a plain object from a ShmRef message. Also converts values to other types if specified.
             * @param message ShmRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.ShmRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShmRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ShmRef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShmRef {

            /** Properties of a ShmRef. */
            interface $Properties {

                /** ShmRef path */
                path?: (string|null);

                /** ShmRef byteLength */
                byteLength?: (number|null);

                /** ShmRef lease */
                lease?: (string|null);

                /** ShmRef ttlMs */
                ttlMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShmRef. */
            type $Shape = kvmesh.v1.ShmRef.$Properties;
        }

        /**
         * Properties of a GetHeader.
         * @deprecated Use kvmesh.v1.GetHeader.$Properties instead.
         */
        interface IGetHeader extends kvmesh.v1.GetHeader.$Properties {
        }

        /** Represents a GetHeader. */
        class GetHeader {

            /**
             * Constructs a new GetHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.GetHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetHeader hit. */
            hit: boolean;

            /** GetHeader manifest. */
            manifest?: (kvmesh.v1.SegmentManifest.$Properties|null);

            /** GetHeader shm. */
            shm?: (kvmesh.v1.ShmRef.$Properties|null);

            /**
             * Creates a new GetHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetHeader instance
             */
            static create(properties: kvmesh.v1.GetHeader.$Shape): kvmesh.v1.GetHeader & kvmesh.v1.GetHeader.$Shape;
            static create(properties?: kvmesh.v1.GetHeader.$Properties): kvmesh.v1.GetHeader;

            /**
             * Encodes the specified GetHeader message. Does not implicitly {@link kvmesh.v1.GetHeader.verify|verify} messages.
             * @param message GetHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.GetHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.GetHeader & kvmesh.v1.GetHeader.$Shape} GetHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.GetHeader & kvmesh.v1.GetHeader.$Shape;

            /**
             * Verifies a GetHeader message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetHeader
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.GetHeader;

            /**
             * Creates a plain object from a GetHeader message. Also converts values to other types if specified.
             * @param message GetHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.GetHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetHeader {

            /** Properties of a GetHeader. */
            interface $Properties {

                /** GetHeader hit */
                hit?: (boolean|null);

                /** GetHeader manifest */
                manifest?: (kvmesh.v1.SegmentManifest.$Properties|null);

                /** GetHeader shm */
                shm?: (kvmesh.v1.ShmRef.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetHeader. */
            type $Shape = kvmesh.v1.GetHeader.$Properties;
        }

        /**
         * Properties of a GetReply.
         * @deprecated Use kvmesh.v1.GetReply.$Properties instead.
         */
        interface IGetReply extends kvmesh.v1.GetReply.$Properties {
        }

        /** Represents a GetReply. */
        class GetReply {

            /**
             * Constructs a new GetReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.GetReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetReply header. */
            header?: (kvmesh.v1.GetHeader.$Properties|null);

            /** GetReply chunk. */
            chunk?: (Uint8Array|null);

            /** GetReply kind. */
            kind?: ("header"|"chunk");

            /**
             * Creates a new GetReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetReply instance
             */
            static create(properties: kvmesh.v1.GetReply.$Shape): kvmesh.v1.GetReply & kvmesh.v1.GetReply.$Shape;
            static create(properties?: kvmesh.v1.GetReply.$Properties): kvmesh.v1.GetReply;

            /**
             * Encodes the specified GetReply message. Does not implicitly {@link kvmesh.v1.GetReply.verify|verify} messages.
             * @param message GetReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.GetReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.GetReply & kvmesh.v1.GetReply.$Shape} GetReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.GetReply & kvmesh.v1.GetReply.$Shape;

            /**
             * Verifies a GetReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.GetReply;

            /**
             * Creates a plain object from a GetReply message. Also converts values to other types if specified.
             * @param message GetReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.GetReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetReply {

            /** Properties of a GetReply. */
            interface $Properties {

                /** GetReply header */
                header?: (kvmesh.v1.GetHeader.$Properties|null);

                /** GetReply chunk */
                chunk?: (Uint8Array|null);

                /** GetReply kind */
                kind?: ("header"|"chunk");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a GetReply. */
            type $Shape = {
              header?: kvmesh.v1.GetHeader.$Shape|null;
              chunk?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; header?: null; chunk?: null }|{ kind?: "header"; header: kvmesh.v1.GetHeader.$Shape; chunk?: null }|{ kind?: "chunk"; header?: null; chunk: Uint8Array })
            );
        }

        /**
         * Properties of a BatchLookupRequest.
         * @deprecated Use kvmesh.v1.BatchLookupRequest.$Properties instead.
         */
        interface IBatchLookupRequest extends kvmesh.v1.BatchLookupRequest.$Properties {
        }

        /** Represents a BatchLookupRequest. */
        class BatchLookupRequest {

            /**
             * Constructs a new BatchLookupRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.BatchLookupRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchLookupRequest keyDigests. */
            keyDigests: string[];

            /**
             * Creates a new BatchLookupRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchLookupRequest instance
             */
            static create(properties: kvmesh.v1.BatchLookupRequest.$Shape): kvmesh.v1.BatchLookupRequest & kvmesh.v1.BatchLookupRequest.$Shape;
            static create(properties?: kvmesh.v1.BatchLookupRequest.$Properties): kvmesh.v1.BatchLookupRequest;

            /**
             * Encodes the specified BatchLookupRequest message. Does not implicitly {@link kvmesh.v1.BatchLookupRequest.verify|verify} messages.
             * @param message BatchLookupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.BatchLookupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchLookupRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.BatchLookupRequest & kvmesh.v1.BatchLookupRequest.$Shape} BatchLookupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.BatchLookupRequest & kvmesh.v1.BatchLookupRequest.$Shape;

            /**
             * Verifies a BatchLookupRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BatchLookupRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchLookupRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.BatchLookupRequest;

            /**
             * Creates a plain object from a BatchLookupRequest message. Also converts values to other types if specified.
             * @param message BatchLookupRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.BatchLookupRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchLookupRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchLookupRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchLookupRequest {

            /** Properties of a BatchLookupRequest. */
            interface $Properties {

                /** BatchLookupRequest keyDigests */
                keyDigests?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchLookupRequest. */
            type $Shape = kvmesh.v1.BatchLookupRequest.$Properties;
        }

        /**
         * Properties of a LookupResult.
         * @deprecated Use kvmesh.v1.LookupResult.$Properties instead.
         */
        interface ILookupResult extends kvmesh.v1.LookupResult.$Properties {
        }

        /** Represents a LookupResult. */
        class LookupResult {

            /**
             * Constructs a new LookupResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.LookupResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LookupResult keyDigest. */
            keyDigest: string;

            /** LookupResult hit. */
            hit: boolean;

            /** LookupResult manifest. */
            manifest?: (kvmesh.v1.SegmentManifest.$Properties|null);

            /**
             * Creates a new LookupResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LookupResult instance
             */
            static create(properties: kvmesh.v1.LookupResult.$Shape): kvmesh.v1.LookupResult & kvmesh.v1.LookupResult.$Shape;
            static create(properties?: kvmesh.v1.LookupResult.$Properties): kvmesh.v1.LookupResult;

            /**
             * Encodes the specified LookupResult message. Does not implicitly {@link kvmesh.v1.LookupResult.verify|verify} messages.
             * @param message LookupResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.LookupResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LookupResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.LookupResult & kvmesh.v1.LookupResult.$Shape} LookupResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.LookupResult & kvmesh.v1.LookupResult.$Shape;

            /**
             * Verifies a LookupResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LookupResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LookupResult
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.LookupResult;

            /**
             * Creates a plain object from a LookupResult message. Also converts values to other types if specified.
             * @param message LookupResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.LookupResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LookupResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LookupResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LookupResult {

            /** Properties of a LookupResult. */
            interface $Properties {

                /** LookupResult keyDigest */
                keyDigest?: (string|null);

                /** LookupResult hit */
                hit?: (boolean|null);

                /** LookupResult manifest */
                manifest?: (kvmesh.v1.SegmentManifest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LookupResult. */
            type $Shape = kvmesh.v1.LookupResult.$Properties;
        }

        /**
         * Properties of a BatchLookupReply.
         * @deprecated Use kvmesh.v1.BatchLookupReply.$Properties instead.
         */
        interface IBatchLookupReply extends kvmesh.v1.BatchLookupReply.$Properties {
        }

        /** Represents a BatchLookupReply. */
        class BatchLookupReply {

            /**
             * Constructs a new BatchLookupReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.BatchLookupReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BatchLookupReply results. */
            results: kvmesh.v1.LookupResult.$Properties[];

            /**
             * Creates a new BatchLookupReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BatchLookupReply instance
             */
            static create(properties: kvmesh.v1.BatchLookupReply.$Shape): kvmesh.v1.BatchLookupReply & kvmesh.v1.BatchLookupReply.$Shape;
            static create(properties?: kvmesh.v1.BatchLookupReply.$Properties): kvmesh.v1.BatchLookupReply;

            /**
             * Encodes the specified BatchLookupReply message. Does not implicitly {@link kvmesh.v1.BatchLookupReply.verify|verify} messages.
             * @param message BatchLookupReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.BatchLookupReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BatchLookupReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.BatchLookupReply & kvmesh.v1.BatchLookupReply.$Shape} BatchLookupReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.BatchLookupReply & kvmesh.v1.BatchLookupReply.$Shape;

            /**
             * Verifies a BatchLookupReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BatchLookupReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BatchLookupReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.BatchLookupReply;

            /**
             * Creates a plain object from a BatchLookupReply message. Also converts values to other types if specified.
             * @param message BatchLookupReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.BatchLookupReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BatchLookupReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BatchLookupReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchLookupReply {

            /** Properties of a BatchLookupReply. */
            interface $Properties {

                /** BatchLookupReply results */
                results?: (kvmesh.v1.LookupResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BatchLookupReply. */
            type $Shape = kvmesh.v1.BatchLookupReply.$Properties;
        }

        /**
         * Properties of a DeleteRequest.
         * @deprecated Use kvmesh.v1.DeleteRequest.$Properties instead.
         */
        interface IDeleteRequest extends kvmesh.v1.DeleteRequest.$Properties {
        }

        /** Represents a DeleteRequest. */
        class DeleteRequest {

            /**
             * Constructs a new DeleteRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.DeleteRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteRequest keyDigest. */
            keyDigest: string;

            /**
             * Creates a new DeleteRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteRequest instance
             */
            static create(properties: kvmesh.v1.DeleteRequest.$Shape): kvmesh.v1.DeleteRequest & kvmesh.v1.DeleteRequest.$Shape;
            static create(properties?: kvmesh.v1.DeleteRequest.$Properties): kvmesh.v1.DeleteRequest;

            /**
             * Encodes the specified DeleteRequest message. Does not implicitly {@link kvmesh.v1.DeleteRequest.verify|verify} messages.
             * @param message DeleteRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.DeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.DeleteRequest & kvmesh.v1.DeleteRequest.$Shape} DeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.DeleteRequest & kvmesh.v1.DeleteRequest.$Shape;

            /**
             * Verifies a DeleteRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeleteRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeleteRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.DeleteRequest;

            /**
             * Creates a plain object from a DeleteRequest message. Also converts values to other types if specified.
             * @param message DeleteRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.DeleteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteRequest {

            /** Properties of a DeleteRequest. */
            interface $Properties {

                /** DeleteRequest keyDigest */
                keyDigest?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteRequest. */
            type $Shape = kvmesh.v1.DeleteRequest.$Properties;
        }

        /**
         * Properties of a DeleteReply.
         * @deprecated Use kvmesh.v1.DeleteReply.$Properties instead.
         */
        interface IDeleteReply extends kvmesh.v1.DeleteReply.$Properties {
        }

        /** Represents a DeleteReply. */
        class DeleteReply {

            /**
             * Constructs a new DeleteReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.DeleteReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteReply deleted. */
            deleted: boolean;

            /**
             * Creates a new DeleteReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteReply instance
             */
            static create(properties: kvmesh.v1.DeleteReply.$Shape): kvmesh.v1.DeleteReply & kvmesh.v1.DeleteReply.$Shape;
            static create(properties?: kvmesh.v1.DeleteReply.$Properties): kvmesh.v1.DeleteReply;

            /**
             * Encodes the specified DeleteReply message. Does not implicitly {@link kvmesh.v1.DeleteReply.verify|verify} messages.
             * @param message DeleteReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.DeleteReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.DeleteReply & kvmesh.v1.DeleteReply.$Shape} DeleteReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.DeleteReply & kvmesh.v1.DeleteReply.$Shape;

            /**
             * Verifies a DeleteReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeleteReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeleteReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.DeleteReply;

            /**
             * Creates a plain object from a DeleteReply message. Also converts values to other types if specified.
             * @param message DeleteReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.DeleteReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteReply {

            /** Properties of a DeleteReply. */
            interface $Properties {

                /** DeleteReply deleted */
                deleted?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteReply. */
            type $Shape = kvmesh.v1.DeleteReply.$Properties;
        }

        /**
         * Properties of a StatsRequest.
         * @deprecated Use kvmesh.v1.StatsRequest.$Properties instead.
         */
        interface IStatsRequest extends kvmesh.v1.StatsRequest.$Properties {
        }

        /** Represents a StatsRequest. */
        class StatsRequest {

            /**
             * Constructs a new StatsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.StatsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new StatsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatsRequest instance
             */
            static create(properties: kvmesh.v1.StatsRequest.$Shape): kvmesh.v1.StatsRequest & kvmesh.v1.StatsRequest.$Shape;
            static create(properties?: kvmesh.v1.StatsRequest.$Properties): kvmesh.v1.StatsRequest;

            /**
             * Encodes the specified StatsRequest message. Does not implicitly {@link kvmesh.v1.StatsRequest.verify|verify} messages.
             * @param message StatsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.StatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.StatsRequest & kvmesh.v1.StatsRequest.$Shape} StatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.StatsRequest & kvmesh.v1.StatsRequest.$Shape;

            /**
             * Verifies a StatsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatsRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.StatsRequest;

            /**
             * Creates a plain object from a StatsRequest message. Also converts values to other types if specified.
             * @param message StatsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.StatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StatsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatsRequest {

            /** Properties of a StatsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatsRequest. */
            type $Shape = kvmesh.v1.StatsRequest.$Properties;
        }

        /**
         * Properties of a StatsReply.
         * @deprecated Use kvmesh.v1.StatsReply.$Properties instead.
         */
        interface IStatsReply extends kvmesh.v1.StatsReply.$Properties {
        }

        /** Represents a StatsReply. */
        class StatsReply {

            /**
             * Constructs a new StatsReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.StatsReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatsReply namespace. */
            namespace: string;

            /** StatsReply segments. */
            segments: number;

            /** StatsReply bytes. */
            bytes: number;

            /** StatsReply hits. */
            hits: number;

            /** StatsReply misses. */
            misses: number;

            /** StatsReply bytesIn. */
            bytesIn: number;

            /** StatsReply bytesOut. */
            bytesOut: number;

            /** StatsReply evictions. */
            evictions: number;

            /** StatsReply memoryBytes. */
            memoryBytes: number;

            /** StatsReply memoryBudget. */
            memoryBudget: number;

            /** StatsReply shmDir. */
            shmDir: string;

            /** StatsReply brokerId. */
            brokerId: string;

            /**
             * Creates a new StatsReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatsReply instance
             */
            static create(properties: kvmesh.v1.StatsReply.$Shape): kvmesh.v1.StatsReply & kvmesh.v1.StatsReply.$Shape;
            static create(properties?: kvmesh.v1.StatsReply.$Properties): kvmesh.v1.StatsReply;

            /**
             * Encodes the specified StatsReply message. Does not implicitly {@link kvmesh.v1.StatsReply.verify|verify} messages.
             * @param message StatsReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.StatsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatsReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.StatsReply & kvmesh.v1.StatsReply.$Shape} StatsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.StatsReply & kvmesh.v1.StatsReply.$Shape;

            /**
             * Verifies a StatsReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatsReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatsReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.StatsReply;

            /**
             * Creates a plain object from a StatsReply message. Also converts values to other types if specified.
             * @param message StatsReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.StatsReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatsReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StatsReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatsReply {

            /** Properties of a StatsReply. */
            interface $Properties {

                /** StatsReply namespace */
                namespace?: (string|null);

                /** StatsReply segments */
                segments?: (number|null);

                /** StatsReply bytes */
                bytes?: (number|null);

                /** StatsReply hits */
                hits?: (number|null);

                /** StatsReply misses */
                misses?: (number|null);

                /** StatsReply bytesIn */
                bytesIn?: (number|null);

                /** StatsReply bytesOut */
                bytesOut?: (number|null);

                /** StatsReply evictions */
                evictions?: (number|null);

                /** StatsReply memoryBytes */
                memoryBytes?: (number|null);

                /** StatsReply memoryBudget */
                memoryBudget?: (number|null);

                /** StatsReply shmDir */
                shmDir?: (string|null);

                /** StatsReply brokerId */
                brokerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatsReply. */
            type $Shape = kvmesh.v1.StatsReply.$Properties;
        }

        /**
         * Properties of a ReleaseShmRequest.
         * @deprecated Use kvmesh.v1.ReleaseShmRequest.$Properties instead.
         */
        interface IReleaseShmRequest extends kvmesh.v1.ReleaseShmRequest.$Properties {
        }

        /** Represents a ReleaseShmRequest. */
        class ReleaseShmRequest {

            /**
             * Constructs a new ReleaseShmRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.ReleaseShmRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReleaseShmRequest lease. */
            lease: string;

            /**
             * Creates a new ReleaseShmRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReleaseShmRequest instance
             */
            static create(properties: kvmesh.v1.ReleaseShmRequest.$Shape): kvmesh.v1.ReleaseShmRequest & kvmesh.v1.ReleaseShmRequest.$Shape;
            static create(properties?: kvmesh.v1.ReleaseShmRequest.$Properties): kvmesh.v1.ReleaseShmRequest;

            /**
             * Encodes the specified ReleaseShmRequest message. Does not implicitly {@link kvmesh.v1.ReleaseShmRequest.verify|verify} messages.
             * @param message ReleaseShmRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.ReleaseShmRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReleaseShmRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.ReleaseShmRequest & kvmesh.v1.ReleaseShmRequest.$Shape} ReleaseShmRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.ReleaseShmRequest & kvmesh.v1.ReleaseShmRequest.$Shape;

            /**
             * Verifies a ReleaseShmRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReleaseShmRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReleaseShmRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.ReleaseShmRequest;

            /**
             * Creates a plain object from a ReleaseShmRequest message. Also converts values to other types if specified.
             * @param message ReleaseShmRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.ReleaseShmRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReleaseShmRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReleaseShmRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReleaseShmRequest {

            /** Properties of a ReleaseShmRequest. */
            interface $Properties {

                /** ReleaseShmRequest lease */
                lease?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReleaseShmRequest. */
            type $Shape = kvmesh.v1.ReleaseShmRequest.$Properties;
        }

        /**
         * Properties of a ReleaseShmReply.
         * @deprecated Use kvmesh.v1.ReleaseShmReply.$Properties instead.
         */
        interface IReleaseShmReply extends kvmesh.v1.ReleaseShmReply.$Properties {
        }

        /** Represents a ReleaseShmReply. */
        class ReleaseShmReply {

            /**
             * Constructs a new ReleaseShmReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.ReleaseShmReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReleaseShmReply released. */
            released: boolean;

            /**
             * Creates a new ReleaseShmReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReleaseShmReply instance
             */
            static create(properties: kvmesh.v1.ReleaseShmReply.$Shape): kvmesh.v1.ReleaseShmReply & kvmesh.v1.ReleaseShmReply.$Shape;
            static create(properties?: kvmesh.v1.ReleaseShmReply.$Properties): kvmesh.v1.ReleaseShmReply;

            /**
             * Encodes the specified ReleaseShmReply message. Does not implicitly {@link kvmesh.v1.ReleaseShmReply.verify|verify} messages.
             * @param message ReleaseShmReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.ReleaseShmReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReleaseShmReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.ReleaseShmReply & kvmesh.v1.ReleaseShmReply.$Shape} ReleaseShmReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.ReleaseShmReply & kvmesh.v1.ReleaseShmReply.$Shape;

            /**
             * Verifies a ReleaseShmReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReleaseShmReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReleaseShmReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.ReleaseShmReply;

            /**
             * Creates a plain object from a ReleaseShmReply message. Also converts values to other types if specified.
             * @param message ReleaseShmReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.ReleaseShmReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReleaseShmReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReleaseShmReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReleaseShmReply {

            /** Properties of a ReleaseShmReply. */
            interface $Properties {

                /** ReleaseShmReply released */
                released?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReleaseShmReply. */
            type $Shape = kvmesh.v1.ReleaseShmReply.$Properties;
        }

        /**
         * Properties of a PutAliasRequest.
         * @deprecated Use kvmesh.v1.PutAliasRequest.$Properties instead.
         */
        interface IPutAliasRequest extends kvmesh.v1.PutAliasRequest.$Properties {
        }

        /** Represents a PutAliasRequest. */
        class PutAliasRequest {

            /**
             * Constructs a new PutAliasRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.PutAliasRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PutAliasRequest aliasDigest. */
            aliasDigest: string;

            /** PutAliasRequest keyDigest. */
            keyDigest: string;

            /**
             * Creates a new PutAliasRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PutAliasRequest instance
             */
            static create(properties: kvmesh.v1.PutAliasRequest.$Shape): kvmesh.v1.PutAliasRequest & kvmesh.v1.PutAliasRequest.$Shape;
            static create(properties?: kvmesh.v1.PutAliasRequest.$Properties): kvmesh.v1.PutAliasRequest;

            /**
             * Encodes the specified PutAliasRequest message. Does not implicitly {@link kvmesh.v1.PutAliasRequest.verify|verify} messages.
             * @param message PutAliasRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.PutAliasRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PutAliasRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.PutAliasRequest & kvmesh.v1.PutAliasRequest.$Shape} PutAliasRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.PutAliasRequest & kvmesh.v1.PutAliasRequest.$Shape;

            /**
             * Verifies a PutAliasRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PutAliasRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PutAliasRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.PutAliasRequest;

            /**
             * Creates a plain object from a PutAliasRequest message. Also converts values to other types if specified.
             * @param message PutAliasRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.PutAliasRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PutAliasRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PutAliasRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PutAliasRequest {

            /** Properties of a PutAliasRequest. */
            interface $Properties {

                /** PutAliasRequest aliasDigest */
                aliasDigest?: (string|null);

                /** PutAliasRequest keyDigest */
                keyDigest?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PutAliasRequest. */
            type $Shape = kvmesh.v1.PutAliasRequest.$Properties;
        }

        /**
         * Properties of a PutAliasReply.
         * @deprecated Use kvmesh.v1.PutAliasReply.$Properties instead.
         */
        interface IPutAliasReply extends kvmesh.v1.PutAliasReply.$Properties {
        }

        /** Represents a PutAliasReply. */
        class PutAliasReply {

            /**
             * Constructs a new PutAliasReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.PutAliasReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PutAliasReply targets. */
            targets: number;

            /**
             * Creates a new PutAliasReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PutAliasReply instance
             */
            static create(properties: kvmesh.v1.PutAliasReply.$Shape): kvmesh.v1.PutAliasReply & kvmesh.v1.PutAliasReply.$Shape;
            static create(properties?: kvmesh.v1.PutAliasReply.$Properties): kvmesh.v1.PutAliasReply;

            /**
             * Encodes the specified PutAliasReply message. Does not implicitly {@link kvmesh.v1.PutAliasReply.verify|verify} messages.
             * @param message PutAliasReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.PutAliasReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PutAliasReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.PutAliasReply & kvmesh.v1.PutAliasReply.$Shape} PutAliasReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.PutAliasReply & kvmesh.v1.PutAliasReply.$Shape;

            /**
             * Verifies a PutAliasReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PutAliasReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PutAliasReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.PutAliasReply;

            /**
             * Creates a plain object from a PutAliasReply message. Also converts values to other types if specified.
             * @param message PutAliasReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.PutAliasReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PutAliasReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PutAliasReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PutAliasReply {

            /** Properties of a PutAliasReply. */
            interface $Properties {

                /** PutAliasReply targets */
                targets?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PutAliasReply. */
            type $Shape = kvmesh.v1.PutAliasReply.$Properties;
        }

        /**
         * Properties of a GetAliasRequest.
         * @deprecated Use kvmesh.v1.GetAliasRequest.$Properties instead.
         */
        interface IGetAliasRequest extends kvmesh.v1.GetAliasRequest.$Properties {
        }

        /** Represents a GetAliasRequest. */
        class GetAliasRequest {

            /**
             * Constructs a new GetAliasRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.GetAliasRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetAliasRequest aliasDigest. */
            aliasDigest: string;

            /** GetAliasRequest limit. */
            limit: number;

            /**
             * Creates a new GetAliasRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetAliasRequest instance
             */
            static create(properties: kvmesh.v1.GetAliasRequest.$Shape): kvmesh.v1.GetAliasRequest & kvmesh.v1.GetAliasRequest.$Shape;
            static create(properties?: kvmesh.v1.GetAliasRequest.$Properties): kvmesh.v1.GetAliasRequest;

            /**
             * Encodes the specified GetAliasRequest message. Does not implicitly {@link kvmesh.v1.GetAliasRequest.verify|verify} messages.
             * @param message GetAliasRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.GetAliasRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetAliasRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.GetAliasRequest & kvmesh.v1.GetAliasRequest.$Shape} GetAliasRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.GetAliasRequest & kvmesh.v1.GetAliasRequest.$Shape;

            /**
             * Verifies a GetAliasRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetAliasRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetAliasRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.GetAliasRequest;

            /**
             * Creates a plain object from a GetAliasRequest message. Also converts values to other types if specified.
             * @param message GetAliasRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.GetAliasRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetAliasRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetAliasRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetAliasRequest {

            /** Properties of a GetAliasRequest. */
            interface $Properties {

                /** GetAliasRequest aliasDigest */
                aliasDigest?: (string|null);

                /** GetAliasRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetAliasRequest. */
            type $Shape = kvmesh.v1.GetAliasRequest.$Properties;
        }

        /**
         * Properties of a GetAliasReply.
         * @deprecated Use kvmesh.v1.GetAliasReply.$Properties instead.
         */
        interface IGetAliasReply extends kvmesh.v1.GetAliasReply.$Properties {
        }

        /** Represents a GetAliasReply. */
        class GetAliasReply {

            /**
             * Constructs a new GetAliasReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.GetAliasReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetAliasReply targets. */
            targets: kvmesh.v1.LookupResult.$Properties[];

            /**
             * Creates a new GetAliasReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetAliasReply instance
             */
            static create(properties: kvmesh.v1.GetAliasReply.$Shape): kvmesh.v1.GetAliasReply & kvmesh.v1.GetAliasReply.$Shape;
            static create(properties?: kvmesh.v1.GetAliasReply.$Properties): kvmesh.v1.GetAliasReply;

            /**
             * Encodes the specified GetAliasReply message. Does not implicitly {@link kvmesh.v1.GetAliasReply.verify|verify} messages.
             * @param message GetAliasReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.GetAliasReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetAliasReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.GetAliasReply & kvmesh.v1.GetAliasReply.$Shape} GetAliasReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.GetAliasReply & kvmesh.v1.GetAliasReply.$Shape;

            /**
             * Verifies a GetAliasReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetAliasReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetAliasReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.GetAliasReply;

            /**
             * Creates a plain object from a GetAliasReply message. Also converts values to other types if specified.
             * @param message GetAliasReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.GetAliasReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetAliasReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetAliasReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetAliasReply {

            /** Properties of a GetAliasReply. */
            interface $Properties {

                /** GetAliasReply targets */
                targets?: (kvmesh.v1.LookupResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetAliasReply. */
            type $Shape = kvmesh.v1.GetAliasReply.$Properties;
        }

        /** SegmentEventKind enum. */
        enum SegmentEventKind {

            /** SEGMENT_EVENT_KIND_UNSPECIFIED value */
            SEGMENT_EVENT_KIND_UNSPECIFIED = 0,

            /** SEGMENT_EVENT_KIND_STORED value */
            SEGMENT_EVENT_KIND_STORED = 1,

            /** SEGMENT_EVENT_KIND_EVICTED value */
            SEGMENT_EVENT_KIND_EVICTED = 2,

            /** SEGMENT_EVENT_KIND_DELETED value */
            SEGMENT_EVENT_KIND_DELETED = 3,

            /** SEGMENT_EVENT_KIND_QUARANTINED value */
            SEGMENT_EVENT_KIND_QUARANTINED = 4
        }

        /**
         * Properties of a SegmentEvent.
         * @deprecated Use kvmesh.v1.SegmentEvent.$Properties instead.
         */
        interface ISegmentEvent extends kvmesh.v1.SegmentEvent.$Properties {
        }

        /** Represents a SegmentEvent. */
        class SegmentEvent {

            /**
             * Constructs a new SegmentEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.SegmentEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SegmentEvent kind. */
            kind: kvmesh.v1.SegmentEventKind;

            /** SegmentEvent namespace. */
            namespace: string;

            /** SegmentEvent keyDigest. */
            keyDigest: string;

            /** SegmentEvent byteLength. */
            byteLength: number;

            /** SegmentEvent tier. */
            tier: string;

            /** SegmentEvent unixMs. */
            unixMs: number;

            /** SegmentEvent modelFingerprint. */
            modelFingerprint: string;

            /** SegmentEvent tokenCount. */
            tokenCount: number;

            /** SegmentEvent brokerId. */
            brokerId: string;

            /**
             * Creates a new SegmentEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SegmentEvent instance
             */
            static create(properties: kvmesh.v1.SegmentEvent.$Shape): kvmesh.v1.SegmentEvent & kvmesh.v1.SegmentEvent.$Shape;
            static create(properties?: kvmesh.v1.SegmentEvent.$Properties): kvmesh.v1.SegmentEvent;

            /**
             * Encodes the specified SegmentEvent message. Does not implicitly {@link kvmesh.v1.SegmentEvent.verify|verify} messages.
             * @param message SegmentEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.SegmentEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SegmentEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.SegmentEvent & kvmesh.v1.SegmentEvent.$Shape} SegmentEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.SegmentEvent & kvmesh.v1.SegmentEvent.$Shape;

            /**
             * Verifies a SegmentEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SegmentEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SegmentEvent
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.SegmentEvent;

            /**
             * Creates a plain object from a SegmentEvent message. Also converts values to other types if specified.
             * @param message SegmentEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.SegmentEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SegmentEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SegmentEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SegmentEvent {

            /** Properties of a SegmentEvent. */
            interface $Properties {

                /** SegmentEvent kind */
                kind?: (kvmesh.v1.SegmentEventKind|null);

                /** SegmentEvent namespace */
                namespace?: (string|null);

                /** SegmentEvent keyDigest */
                keyDigest?: (string|null);

                /** SegmentEvent byteLength */
                byteLength?: (number|null);

                /** SegmentEvent tier */
                tier?: (string|null);

                /** SegmentEvent unixMs */
                unixMs?: (number|null);

                /** SegmentEvent modelFingerprint */
                modelFingerprint?: (string|null);

                /** SegmentEvent tokenCount */
                tokenCount?: (number|null);

                /** SegmentEvent brokerId */
                brokerId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SegmentEvent. */
            type $Shape = kvmesh.v1.SegmentEvent.$Properties;
        }

        /**
         * Properties of a LookupRequest.
         * @deprecated Use kvmesh.v1.LookupRequest.$Properties instead.
         */
        interface ILookupRequest extends kvmesh.v1.LookupRequest.$Properties {
        }

        /** Represents a LookupRequest. */
        class LookupRequest {

            /**
             * Constructs a new LookupRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.LookupRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LookupRequest token. */
            token: string;

            /** LookupRequest keyDigests. */
            keyDigests: string[];

            /**
             * Creates a new LookupRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LookupRequest instance
             */
            static create(properties: kvmesh.v1.LookupRequest.$Shape): kvmesh.v1.LookupRequest & kvmesh.v1.LookupRequest.$Shape;
            static create(properties?: kvmesh.v1.LookupRequest.$Properties): kvmesh.v1.LookupRequest;

            /**
             * Encodes the specified LookupRequest message. Does not implicitly {@link kvmesh.v1.LookupRequest.verify|verify} messages.
             * @param message LookupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.LookupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LookupRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.LookupRequest & kvmesh.v1.LookupRequest.$Shape} LookupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.LookupRequest & kvmesh.v1.LookupRequest.$Shape;

            /**
             * Verifies a LookupRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LookupRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LookupRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.LookupRequest;

            /**
             * Creates a plain object from a LookupRequest message. Also converts values to other types if specified.
             * @param message LookupRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.LookupRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LookupRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LookupRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LookupRequest {

            /** Properties of a LookupRequest. */
            interface $Properties {

                /** LookupRequest token */
                token?: (string|null);

                /** LookupRequest keyDigests */
                keyDigests?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LookupRequest. */
            type $Shape = kvmesh.v1.LookupRequest.$Properties;
        }

        /** ErrorCode enum. */
        enum ErrorCode {

            /** ERROR_CODE_UNSPECIFIED value */
            ERROR_CODE_UNSPECIFIED = 0,

            /** ERROR_CODE_PERMISSION_DENIED value */
            ERROR_CODE_PERMISSION_DENIED = 1,

            /** ERROR_CODE_INVALID_ARGUMENT value */
            ERROR_CODE_INVALID_ARGUMENT = 2,

            /** ERROR_CODE_INTERNAL value */
            ERROR_CODE_INTERNAL = 3,

            /** ERROR_CODE_UNAVAILABLE value */
            ERROR_CODE_UNAVAILABLE = 4
        }

        /**
         * Properties of an ErrorReply.
         * @deprecated Use kvmesh.v1.ErrorReply.$Properties instead.
         */
        interface IErrorReply extends kvmesh.v1.ErrorReply.$Properties {
        }

        /** Represents an ErrorReply. */
        class ErrorReply {

            /**
             * Constructs a new ErrorReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.ErrorReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ErrorReply code. */
            code: kvmesh.v1.ErrorCode;

            /** ErrorReply message. */
            message: string;

            /**
             * Creates a new ErrorReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ErrorReply instance
             */
            static create(properties: kvmesh.v1.ErrorReply.$Shape): kvmesh.v1.ErrorReply & kvmesh.v1.ErrorReply.$Shape;
            static create(properties?: kvmesh.v1.ErrorReply.$Properties): kvmesh.v1.ErrorReply;

            /**
             * Encodes the specified ErrorReply message. Does not implicitly {@link kvmesh.v1.ErrorReply.verify|verify} messages.
             * @param message ErrorReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.ErrorReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ErrorReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.ErrorReply & kvmesh.v1.ErrorReply.$Shape} ErrorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.ErrorReply & kvmesh.v1.ErrorReply.$Shape;

            /**
             * Verifies an ErrorReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ErrorReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ErrorReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.ErrorReply;

            /**
             * Creates a plain object from an ErrorReply message. Also converts values to other types if specified.
             * @param message ErrorReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.ErrorReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ErrorReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ErrorReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ErrorReply {

            /** Properties of an ErrorReply. */
            interface $Properties {

                /** ErrorReply code */
                code?: (kvmesh.v1.ErrorCode|null);

                /** ErrorReply message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ErrorReply. */
            type $Shape = kvmesh.v1.ErrorReply.$Properties;
        }

        /**
         * Properties of a LookupHit.
         * @deprecated Use kvmesh.v1.LookupHit.$Properties instead.
         */
        interface ILookupHit extends kvmesh.v1.LookupHit.$Properties {
        }

        /** Represents a LookupHit. */
        class LookupHit {

            /**
             * Constructs a new LookupHit.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.LookupHit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LookupHit keyDigest. */
            keyDigest: string;

            /** LookupHit hit. */
            hit: boolean;

            /** LookupHit manifest. */
            manifest?: (kvmesh.v1.SegmentManifest.$Properties|null);

            /**
             * Creates a new LookupHit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LookupHit instance
             */
            static create(properties: kvmesh.v1.LookupHit.$Shape): kvmesh.v1.LookupHit & kvmesh.v1.LookupHit.$Shape;
            static create(properties?: kvmesh.v1.LookupHit.$Properties): kvmesh.v1.LookupHit;

            /**
             * Encodes the specified LookupHit message. Does not implicitly {@link kvmesh.v1.LookupHit.verify|verify} messages.
             * @param message LookupHit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.LookupHit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LookupHit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.LookupHit & kvmesh.v1.LookupHit.$Shape} LookupHit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.LookupHit & kvmesh.v1.LookupHit.$Shape;

            /**
             * Verifies a LookupHit message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LookupHit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LookupHit
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.LookupHit;

            /**
             * Creates a plain object from a LookupHit message. Also converts values to other types if specified.
             * @param message LookupHit
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.LookupHit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LookupHit to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LookupHit
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LookupHit {

            /** Properties of a LookupHit. */
            interface $Properties {

                /** LookupHit keyDigest */
                keyDigest?: (string|null);

                /** LookupHit hit */
                hit?: (boolean|null);

                /** LookupHit manifest */
                manifest?: (kvmesh.v1.SegmentManifest.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LookupHit. */
            type $Shape = kvmesh.v1.LookupHit.$Properties;
        }

        /**
         * Properties of a LookupReply.
         * @deprecated Use kvmesh.v1.LookupReply.$Properties instead.
         */
        interface ILookupReply extends kvmesh.v1.LookupReply.$Properties {
        }

        /** Represents a LookupReply. */
        class LookupReply {

            /**
             * Constructs a new LookupReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.LookupReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LookupReply results. */
            results: kvmesh.v1.LookupHit.$Properties[];

            /** LookupReply error. */
            error?: (kvmesh.v1.ErrorReply.$Properties|null);

            /**
             * Creates a new LookupReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LookupReply instance
             */
            static create(properties: kvmesh.v1.LookupReply.$Shape): kvmesh.v1.LookupReply & kvmesh.v1.LookupReply.$Shape;
            static create(properties?: kvmesh.v1.LookupReply.$Properties): kvmesh.v1.LookupReply;

            /**
             * Encodes the specified LookupReply message. Does not implicitly {@link kvmesh.v1.LookupReply.verify|verify} messages.
             * @param message LookupReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.LookupReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LookupReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.LookupReply & kvmesh.v1.LookupReply.$Shape} LookupReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.LookupReply & kvmesh.v1.LookupReply.$Shape;

            /**
             * Verifies a LookupReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LookupReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LookupReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.LookupReply;

            /**
             * Creates a plain object from a LookupReply message. Also converts values to other types if specified.
             * @param message LookupReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.LookupReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LookupReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LookupReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LookupReply {

            /** Properties of a LookupReply. */
            interface $Properties {

                /** LookupReply results */
                results?: (kvmesh.v1.LookupHit.$Properties[]|null);

                /** LookupReply error */
                error?: (kvmesh.v1.ErrorReply.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LookupReply. */
            type $Shape = kvmesh.v1.LookupReply.$Properties;
        }

        /**
         * Properties of a HealthRequest.
         * @deprecated Use kvmesh.v1.HealthRequest.$Properties instead.
         */
        interface IHealthRequest extends kvmesh.v1.HealthRequest.$Properties {
        }

        /** Represents a HealthRequest. */
        class HealthRequest {

            /**
             * Constructs a new HealthRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.HealthRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new HealthRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HealthRequest instance
             */
            static create(properties: kvmesh.v1.HealthRequest.$Shape): kvmesh.v1.HealthRequest & kvmesh.v1.HealthRequest.$Shape;
            static create(properties?: kvmesh.v1.HealthRequest.$Properties): kvmesh.v1.HealthRequest;

            /**
             * Encodes the specified HealthRequest message. Does not implicitly {@link kvmesh.v1.HealthRequest.verify|verify} messages.
             * @param message HealthRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.HealthRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HealthRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.HealthRequest & kvmesh.v1.HealthRequest.$Shape} HealthRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.HealthRequest & kvmesh.v1.HealthRequest.$Shape;

            /**
             * Verifies a HealthRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HealthRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HealthRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.HealthRequest;

            /**
             * Creates a plain object from a HealthRequest message. Also converts values to other types if specified.
             * @param message HealthRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.HealthRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HealthRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HealthRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthRequest {

            /** Properties of a HealthRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HealthRequest. */
            type $Shape = kvmesh.v1.HealthRequest.$Properties;
        }

        /**
         * Properties of a HealthReply.
         * @deprecated Use kvmesh.v1.HealthReply.$Properties instead.
         */
        interface IHealthReply extends kvmesh.v1.HealthReply.$Properties {
        }

        /** Represents a HealthReply. */
        class HealthReply {

            /**
             * Constructs a new HealthReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.HealthReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HealthReply brokerId. */
            brokerId: string;

            /** HealthReply status. */
            status: string;

            /** HealthReply uptimeMs. */
            uptimeMs: number;

            /** HealthReply grpcAddress. */
            grpcAddress: string;

            /** HealthReply segments. */
            segments: number;

            /** HealthReply memoryBytes. */
            memoryBytes: number;

            /**
             * Creates a new HealthReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HealthReply instance
             */
            static create(properties: kvmesh.v1.HealthReply.$Shape): kvmesh.v1.HealthReply & kvmesh.v1.HealthReply.$Shape;
            static create(properties?: kvmesh.v1.HealthReply.$Properties): kvmesh.v1.HealthReply;

            /**
             * Encodes the specified HealthReply message. Does not implicitly {@link kvmesh.v1.HealthReply.verify|verify} messages.
             * @param message HealthReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.HealthReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HealthReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.HealthReply & kvmesh.v1.HealthReply.$Shape} HealthReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.HealthReply & kvmesh.v1.HealthReply.$Shape;

            /**
             * Verifies a HealthReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HealthReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HealthReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.HealthReply;

            /**
             * Creates a plain object from a HealthReply message. Also converts values to other types if specified.
             * @param message HealthReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.HealthReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HealthReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HealthReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthReply {

            /** Properties of a HealthReply. */
            interface $Properties {

                /** HealthReply brokerId */
                brokerId?: (string|null);

                /** HealthReply status */
                status?: (string|null);

                /** HealthReply uptimeMs */
                uptimeMs?: (number|null);

                /** HealthReply grpcAddress */
                grpcAddress?: (string|null);

                /** HealthReply segments */
                segments?: (number|null);

                /** HealthReply memoryBytes */
                memoryBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HealthReply. */
            type $Shape = kvmesh.v1.HealthReply.$Properties;
        }

        /**
         * Properties of a ProjectorInfo.
         * @deprecated Use kvmesh.v1.ProjectorInfo.$Properties instead.
         */
        interface IProjectorInfo extends kvmesh.v1.ProjectorInfo.$Properties {
        }

        /** Represents a ProjectorInfo. */
        class ProjectorInfo {

            /**
             * Constructs a new ProjectorInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.ProjectorInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProjectorInfo projectorId. */
            projectorId: string;

            /** ProjectorInfo sharerModelFingerprint. */
            sharerModelFingerprint: string;

            /** ProjectorInfo receiverModelFingerprint. */
            receiverModelFingerprint: string;

            /** ProjectorInfo formatVersion. */
            formatVersion: number;

            /** ProjectorInfo byteLength. */
            byteLength: number;

            /** ProjectorInfo sha256. */
            sha256: string;

            /** ProjectorInfo parameters. */
            parameters: number;

            /** ProjectorInfo sharerLayers. */
            sharerLayers: number;

            /** ProjectorInfo receiverLayers. */
            receiverLayers: number;

            /**
             * Creates a new ProjectorInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProjectorInfo instance
             */
            static create(properties: kvmesh.v1.ProjectorInfo.$Shape): kvmesh.v1.ProjectorInfo & kvmesh.v1.ProjectorInfo.$Shape;
            static create(properties?: kvmesh.v1.ProjectorInfo.$Properties): kvmesh.v1.ProjectorInfo;

            /**
             * Encodes the specified ProjectorInfo message. Does not implicitly {@link kvmesh.v1.ProjectorInfo.verify|verify} messages.
             * @param message ProjectorInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.ProjectorInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProjectorInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.ProjectorInfo & kvmesh.v1.ProjectorInfo.$Shape} ProjectorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.ProjectorInfo & kvmesh.v1.ProjectorInfo.$Shape;

            /**
             * Verifies a ProjectorInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ProjectorInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ProjectorInfo
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.ProjectorInfo;

            /**
             * Creates a plain object from a ProjectorInfo message. Also converts values to other types if specified.
             * @param message ProjectorInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.ProjectorInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProjectorInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProjectorInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProjectorInfo {

            /** Properties of a ProjectorInfo. */
            interface $Properties {

                /** ProjectorInfo projectorId */
                projectorId?: (string|null);

                /** ProjectorInfo sharerModelFingerprint */
                sharerModelFingerprint?: (string|null);

                /** ProjectorInfo receiverModelFingerprint */
                receiverModelFingerprint?: (string|null);

                /** ProjectorInfo formatVersion */
                formatVersion?: (number|null);

                /** ProjectorInfo byteLength */
                byteLength?: (number|null);

                /** ProjectorInfo sha256 */
                sha256?: (string|null);

                /** ProjectorInfo parameters */
                parameters?: (number|null);

                /** ProjectorInfo sharerLayers */
                sharerLayers?: (number|null);

                /** ProjectorInfo receiverLayers */
                receiverLayers?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProjectorInfo. */
            type $Shape = kvmesh.v1.ProjectorInfo.$Properties;
        }

        /**
         * Properties of a ListProjectorsRequest.
         * @deprecated Use kvmesh.v1.ListProjectorsRequest.$Properties instead.
         */
        interface IListProjectorsRequest extends kvmesh.v1.ListProjectorsRequest.$Properties {
        }

        /** Represents a ListProjectorsRequest. */
        class ListProjectorsRequest {

            /**
             * Constructs a new ListProjectorsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.ListProjectorsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListProjectorsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListProjectorsRequest instance
             */
            static create(properties: kvmesh.v1.ListProjectorsRequest.$Shape): kvmesh.v1.ListProjectorsRequest & kvmesh.v1.ListProjectorsRequest.$Shape;
            static create(properties?: kvmesh.v1.ListProjectorsRequest.$Properties): kvmesh.v1.ListProjectorsRequest;

            /**
             * Encodes the specified ListProjectorsRequest message. Does not implicitly {@link kvmesh.v1.ListProjectorsRequest.verify|verify} messages.
             * @param message ListProjectorsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.ListProjectorsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListProjectorsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.ListProjectorsRequest & kvmesh.v1.ListProjectorsRequest.$Shape} ListProjectorsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.ListProjectorsRequest & kvmesh.v1.ListProjectorsRequest.$Shape;

            /**
             * Verifies a ListProjectorsRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListProjectorsRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListProjectorsRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.ListProjectorsRequest;

            /**
             * Creates a plain object from a ListProjectorsRequest message. Also converts values to other types if specified.
             * @param message ListProjectorsRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.ListProjectorsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListProjectorsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListProjectorsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListProjectorsRequest {

            /** Properties of a ListProjectorsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListProjectorsRequest. */
            type $Shape = kvmesh.v1.ListProjectorsRequest.$Properties;
        }

        /**
         * Properties of a ListProjectorsReply.
         * @deprecated Use kvmesh.v1.ListProjectorsReply.$Properties instead.
         */
        interface IListProjectorsReply extends kvmesh.v1.ListProjectorsReply.$Properties {
        }

        /** Represents a ListProjectorsReply. */
        class ListProjectorsReply {

            /**
             * Constructs a new ListProjectorsReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.ListProjectorsReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListProjectorsReply projectors. */
            projectors: kvmesh.v1.ProjectorInfo.$Properties[];

            /**
             * Creates a new ListProjectorsReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListProjectorsReply instance
             */
            static create(properties: kvmesh.v1.ListProjectorsReply.$Shape): kvmesh.v1.ListProjectorsReply & kvmesh.v1.ListProjectorsReply.$Shape;
            static create(properties?: kvmesh.v1.ListProjectorsReply.$Properties): kvmesh.v1.ListProjectorsReply;

            /**
             * Encodes the specified ListProjectorsReply message. Does not implicitly {@link kvmesh.v1.ListProjectorsReply.verify|verify} messages.
             * @param message ListProjectorsReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.ListProjectorsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListProjectorsReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.ListProjectorsReply & kvmesh.v1.ListProjectorsReply.$Shape} ListProjectorsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.ListProjectorsReply & kvmesh.v1.ListProjectorsReply.$Shape;

            /**
             * Verifies a ListProjectorsReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListProjectorsReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListProjectorsReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.ListProjectorsReply;

            /**
             * Creates a plain object from a ListProjectorsReply message. Also converts values to other types if specified.
             * @param message ListProjectorsReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.ListProjectorsReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListProjectorsReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListProjectorsReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListProjectorsReply {

            /** Properties of a ListProjectorsReply. */
            interface $Properties {

                /** ListProjectorsReply projectors */
                projectors?: (kvmesh.v1.ProjectorInfo.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListProjectorsReply. */
            type $Shape = kvmesh.v1.ListProjectorsReply.$Properties;
        }

        /**
         * Properties of a SharerKv.
         * @deprecated Use kvmesh.v1.SharerKv.$Properties instead.
         */
        interface ISharerKv extends kvmesh.v1.SharerKv.$Properties {
        }

        /** Represents a SharerKv. */
        class SharerKv {

            /**
             * Constructs a new SharerKv.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.SharerKv.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SharerKv modelFingerprint. */
            modelFingerprint: string;

            /** SharerKv kv. */
            kv?: (kvmesh.v1.KvTensorF16.$Properties|null);

            /**
             * Creates a new SharerKv instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SharerKv instance
             */
            static create(properties: kvmesh.v1.SharerKv.$Shape): kvmesh.v1.SharerKv & kvmesh.v1.SharerKv.$Shape;
            static create(properties?: kvmesh.v1.SharerKv.$Properties): kvmesh.v1.SharerKv;

            /**
             * Encodes the specified SharerKv message. Does not implicitly {@link kvmesh.v1.SharerKv.verify|verify} messages.
             * @param message SharerKv message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.SharerKv.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SharerKv message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.SharerKv & kvmesh.v1.SharerKv.$Shape} SharerKv
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.SharerKv & kvmesh.v1.SharerKv.$Shape;

            /**
             * Verifies a SharerKv message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SharerKv message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SharerKv
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.SharerKv;

            /**
             * Creates a plain object from a SharerKv message. Also converts values to other types if specified.
             * @param message SharerKv
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.SharerKv, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SharerKv to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SharerKv
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SharerKv {

            /** Properties of a SharerKv. */
            interface $Properties {

                /** SharerKv modelFingerprint */
                modelFingerprint?: (string|null);

                /** SharerKv kv */
                kv?: (kvmesh.v1.KvTensorF16.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SharerKv. */
            type $Shape = kvmesh.v1.SharerKv.$Properties;
        }

        /**
         * Properties of a FuseRequest.
         * @deprecated Use kvmesh.v1.FuseRequest.$Properties instead.
         */
        interface IFuseRequest extends kvmesh.v1.FuseRequest.$Properties {
        }

        /** Represents a FuseRequest. */
        class FuseRequest {

            /**
             * Constructs a new FuseRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.FuseRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FuseRequest receiverModelFingerprint. */
            receiverModelFingerprint: string;

            /** FuseRequest sharerKeyDigest. */
            sharerKeyDigest?: (string|null);

            /** FuseRequest sharerKv. */
            sharerKv?: (kvmesh.v1.SharerKv.$Properties|null);

            /** FuseRequest receiver. */
            receiver?: (kvmesh.v1.KvTensorF16.$Properties|null);

            /** FuseRequest tokens. */
            tokens: number[];

            /** FuseRequest positions. */
            positions: number[];

            /** FuseRequest sharer. */
            sharer?: ("sharerKeyDigest"|"sharerKv");

            /**
             * Creates a new FuseRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FuseRequest instance
             */
            static create(properties: kvmesh.v1.FuseRequest.$Shape): kvmesh.v1.FuseRequest & kvmesh.v1.FuseRequest.$Shape;
            static create(properties?: kvmesh.v1.FuseRequest.$Properties): kvmesh.v1.FuseRequest;

            /**
             * Encodes the specified FuseRequest message. Does not implicitly {@link kvmesh.v1.FuseRequest.verify|verify} messages.
             * @param message FuseRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.FuseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FuseRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.FuseRequest & kvmesh.v1.FuseRequest.$Shape} FuseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.FuseRequest & kvmesh.v1.FuseRequest.$Shape;

            /**
             * Verifies a FuseRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FuseRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FuseRequest
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.FuseRequest;

            /**
             * Creates a plain object from a FuseRequest message. Also converts values to other types if specified.
             * @param message FuseRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.FuseRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FuseRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FuseRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FuseRequest {

            /** Properties of a FuseRequest. */
            interface $Properties {

                /** FuseRequest receiverModelFingerprint */
                receiverModelFingerprint?: (string|null);

                /** FuseRequest sharerKeyDigest */
                sharerKeyDigest?: (string|null);

                /** FuseRequest sharerKv */
                sharerKv?: (kvmesh.v1.SharerKv.$Properties|null);

                /** FuseRequest receiver */
                receiver?: (kvmesh.v1.KvTensorF16.$Properties|null);

                /** FuseRequest tokens */
                tokens?: (number[]|null);

                /** FuseRequest positions */
                positions?: (number[]|null);

                /** FuseRequest sharer */
                sharer?: ("sharerKeyDigest"|"sharerKv");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a FuseRequest. */
            type $Shape = {
              receiverModelFingerprint?: string|null;
              sharerKeyDigest?: string|null;
              sharerKv?: kvmesh.v1.SharerKv.$Shape|null;
              receiver?: kvmesh.v1.KvTensorF16.$Shape|null;
              tokens?: number[]|null;
              positions?: number[]|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ sharer?: undefined; sharerKeyDigest?: null; sharerKv?: null }|{ sharer?: "sharerKeyDigest"; sharerKeyDigest: string; sharerKv?: null }|{ sharer?: "sharerKv"; sharerKeyDigest?: null; sharerKv: kvmesh.v1.SharerKv.$Shape })
            );
        }

        /** FuseRefusalReason enum. */
        enum FuseRefusalReason {

            /** FUSE_REFUSAL_REASON_UNSPECIFIED value */
            FUSE_REFUSAL_REASON_UNSPECIFIED = 0,

            /** FUSE_REFUSAL_REASON_NO_PROJECTOR value */
            FUSE_REFUSAL_REASON_NO_PROJECTOR = 1,

            /** FUSE_REFUSAL_REASON_SEGMENT_MISSING value */
            FUSE_REFUSAL_REASON_SEGMENT_MISSING = 2,

            /** FUSE_REFUSAL_REASON_TOKENS_DIFFER value */
            FUSE_REFUSAL_REASON_TOKENS_DIFFER = 3,

            /** FUSE_REFUSAL_REASON_SAME_MODEL value */
            FUSE_REFUSAL_REASON_SAME_MODEL = 4,

            /** FUSE_REFUSAL_REASON_KV_TYPE value */
            FUSE_REFUSAL_REASON_KV_TYPE = 5
        }

        /**
         * Properties of a FuseRefusal.
         * @deprecated Use kvmesh.v1.FuseRefusal.$Properties instead.
         */
        interface IFuseRefusal extends kvmesh.v1.FuseRefusal.$Properties {
        }

        /** Represents a FuseRefusal. */
        class FuseRefusal {

            /**
             * Constructs a new FuseRefusal.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.FuseRefusal.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FuseRefusal reason. */
            reason: kvmesh.v1.FuseRefusalReason;

            /** FuseRefusal detail. */
            detail: string;

            /** FuseRefusal sharerModelFingerprint. */
            sharerModelFingerprint: string;

            /** FuseRefusal receiverModelFingerprint. */
            receiverModelFingerprint: string;

            /**
             * Creates a new FuseRefusal instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FuseRefusal instance
             */
            static create(properties: kvmesh.v1.FuseRefusal.$Shape): kvmesh.v1.FuseRefusal & kvmesh.v1.FuseRefusal.$Shape;
            static create(properties?: kvmesh.v1.FuseRefusal.$Properties): kvmesh.v1.FuseRefusal;

            /**
             * Encodes the specified FuseRefusal message. Does not implicitly {@link kvmesh.v1.FuseRefusal.verify|verify} messages.
             * @param message FuseRefusal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.FuseRefusal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FuseRefusal message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.FuseRefusal & kvmesh.v1.FuseRefusal.$Shape} FuseRefusal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.FuseRefusal & kvmesh.v1.FuseRefusal.$Shape;

            /**
             * Verifies a FuseRefusal message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FuseRefusal message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FuseRefusal
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.FuseRefusal;

            /**
             * Creates a plain object from a FuseRefusal message. Also converts values to other types if specified.
             * @param message FuseRefusal
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.FuseRefusal, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FuseRefusal to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FuseRefusal
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FuseRefusal {

            /** Properties of a FuseRefusal. */
            interface $Properties {

                /** FuseRefusal reason */
                reason?: (kvmesh.v1.FuseRefusalReason|null);

                /** FuseRefusal detail */
                detail?: (string|null);

                /** FuseRefusal sharerModelFingerprint */
                sharerModelFingerprint?: (string|null);

                /** FuseRefusal receiverModelFingerprint */
                receiverModelFingerprint?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FuseRefusal. */
            type $Shape = kvmesh.v1.FuseRefusal.$Properties;
        }

        /**
         * Properties of a FuseReply.
         * @deprecated Use kvmesh.v1.FuseReply.$Properties instead.
         */
        interface IFuseReply extends kvmesh.v1.FuseReply.$Properties {
        }

        /** Represents a FuseReply. */
        class FuseReply {

            /**
             * Constructs a new FuseReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: kvmesh.v1.FuseReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FuseReply fused. */
            fused?: (kvmesh.v1.KvTensorF16.$Properties|null);

            /** FuseReply refused. */
            refused?: (kvmesh.v1.FuseRefusal.$Properties|null);

            /** FuseReply projector. */
            projector?: (kvmesh.v1.ProjectorInfo.$Properties|null);

            /** FuseReply kind. */
            kind?: ("fused"|"refused");

            /**
             * Creates a new FuseReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FuseReply instance
             */
            static create(properties: kvmesh.v1.FuseReply.$Shape): kvmesh.v1.FuseReply & kvmesh.v1.FuseReply.$Shape;
            static create(properties?: kvmesh.v1.FuseReply.$Properties): kvmesh.v1.FuseReply;

            /**
             * Encodes the specified FuseReply message. Does not implicitly {@link kvmesh.v1.FuseReply.verify|verify} messages.
             * @param message FuseReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: kvmesh.v1.FuseReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FuseReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {kvmesh.v1.FuseReply & kvmesh.v1.FuseReply.$Shape} FuseReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kvmesh.v1.FuseReply & kvmesh.v1.FuseReply.$Shape;

            /**
             * Verifies a FuseReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FuseReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FuseReply
             */
            static fromObject(object: { [k: string]: any }): kvmesh.v1.FuseReply;

            /**
             * Creates a plain object from a FuseReply message. Also converts values to other types if specified.
             * @param message FuseReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: kvmesh.v1.FuseReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FuseReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FuseReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FuseReply {

            /** Properties of a FuseReply. */
            interface $Properties {

                /** FuseReply fused */
                fused?: (kvmesh.v1.KvTensorF16.$Properties|null);

                /** FuseReply refused */
                refused?: (kvmesh.v1.FuseRefusal.$Properties|null);

                /** FuseReply projector */
                projector?: (kvmesh.v1.ProjectorInfo.$Properties|null);

                /** FuseReply kind */
                kind?: ("fused"|"refused");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a FuseReply. */
            type $Shape = {
              fused?: kvmesh.v1.KvTensorF16.$Shape|null;
              refused?: kvmesh.v1.FuseRefusal.$Shape|null;
              projector?: kvmesh.v1.ProjectorInfo.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; fused?: null; refused?: null }|{ kind?: "fused"; fused: kvmesh.v1.KvTensorF16.$Shape; refused?: null }|{ kind?: "refused"; fused?: null; refused: kvmesh.v1.FuseRefusal.$Shape })
            );
        }
    }
}

/** Namespace grpc. */
export namespace grpc {

    /** Namespace health. */
    namespace health {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a HealthCheckRequest.
             * @deprecated Use grpc.health.v1.HealthCheckRequest.$Properties instead.
             */
            interface IHealthCheckRequest extends grpc.health.v1.HealthCheckRequest.$Properties {
            }

            /** Represents a HealthCheckRequest. */
            class HealthCheckRequest {

                /**
                 * Constructs a new HealthCheckRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: grpc.health.v1.HealthCheckRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HealthCheckRequest service. */
                service: string;

                /**
                 * Creates a new HealthCheckRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HealthCheckRequest instance
                 */
                static create(properties: grpc.health.v1.HealthCheckRequest.$Shape): grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape;
                static create(properties?: grpc.health.v1.HealthCheckRequest.$Properties): grpc.health.v1.HealthCheckRequest;

                /**
                 * Encodes the specified HealthCheckRequest message. Does not implicitly {@link grpc.health.v1.HealthCheckRequest.verify|verify} messages.
                 * @param message HealthCheckRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: grpc.health.v1.HealthCheckRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HealthCheckRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape} HealthCheckRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape;

                /**
                 * Verifies a HealthCheckRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HealthCheckRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HealthCheckRequest
                 */
                static fromObject(object: { [k: string]: any }): grpc.health.v1.HealthCheckRequest;

                /**
                 * Creates a plain object from a HealthCheckRequest message. Also converts values to other types if specified.
                 * @param message HealthCheckRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: grpc.health.v1.HealthCheckRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HealthCheckRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HealthCheckRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HealthCheckRequest {

                /** Properties of a HealthCheckRequest. */
                interface $Properties {

                    /** HealthCheckRequest service */
                    service?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HealthCheckRequest. */
                type $Shape = grpc.health.v1.HealthCheckRequest.$Properties;
            }

            /**
             * Properties of a HealthCheckResponse.
             * @deprecated Use grpc.health.v1.HealthCheckResponse.$Properties instead.
             */
            interface IHealthCheckResponse extends grpc.health.v1.HealthCheckResponse.$Properties {
            }

            /** Represents a HealthCheckResponse. */
            class HealthCheckResponse {

                /**
                 * Constructs a new HealthCheckResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: grpc.health.v1.HealthCheckResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HealthCheckResponse status. */
                status: grpc.health.v1.HealthCheckResponse.ServingStatus;

                /**
                 * Creates a new HealthCheckResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HealthCheckResponse instance
                 */
                static create(properties: grpc.health.v1.HealthCheckResponse.$Shape): grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape;
                static create(properties?: grpc.health.v1.HealthCheckResponse.$Properties): grpc.health.v1.HealthCheckResponse;

                /**
                 * Encodes the specified HealthCheckResponse message. Does not implicitly {@link grpc.health.v1.HealthCheckResponse.verify|verify} messages.
                 * @param message HealthCheckResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: grpc.health.v1.HealthCheckResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HealthCheckResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape} HealthCheckResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape;

                /**
                 * Verifies a HealthCheckResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HealthCheckResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HealthCheckResponse
                 */
                static fromObject(object: { [k: string]: any }): grpc.health.v1.HealthCheckResponse;

                /**
                 * Creates a plain object from a HealthCheckResponse message. Also converts values to other types if specified.
                 * @param message HealthCheckResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: grpc.health.v1.HealthCheckResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HealthCheckResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HealthCheckResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HealthCheckResponse {

                /** Properties of a HealthCheckResponse. */
                interface $Properties {

                    /** HealthCheckResponse status */
                    status?: (grpc.health.v1.HealthCheckResponse.ServingStatus|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HealthCheckResponse. */
                type $Shape = grpc.health.v1.HealthCheckResponse.$Properties;

                /** ServingStatus enum. */
                enum ServingStatus {

                    /** UNKNOWN value */
                    UNKNOWN = 0,

                    /** SERVING value */
                    SERVING = 1,

                    /** NOT_SERVING value */
                    NOT_SERVING = 2,

                    /** SERVICE_UNKNOWN value */
                    SERVICE_UNKNOWN = 3
                }
            }
        }
    }
}
