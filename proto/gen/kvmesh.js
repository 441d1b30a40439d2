/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const kvmesh = $root.kvmesh = (() => {

    /**
     * Namespace kvmesh.
     * @exports kvmesh
     * @namespace
     */
    const kvmesh = {};

    kvmesh.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof kvmesh
         * @namespace
         */
        const v1 = {};

        /**
         * PlaceholderKind enum.
         * @name kvmesh.v1.PlaceholderKind
         * @enum {number}
         * @property {number} PLACEHOLDER_KIND_UNSPECIFIED=0 PLACEHOLDER_KIND_UNSPECIFIED value
         * @property {number} PLACEHOLDER_KIND_AGENT_OUTPUT=1 PLACEHOLDER_KIND_AGENT_OUTPUT value
         * @property {number} PLACEHOLDER_KIND_DOCUMENT=2 PLACEHOLDER_KIND_DOCUMENT value
         * @property {number} PLACEHOLDER_KIND_TOOL_RESULT=3 PLACEHOLDER_KIND_TOOL_RESULT value
         */
        v1.PlaceholderKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PLACEHOLDER_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PLACEHOLDER_KIND_AGENT_OUTPUT"] = 1;
            values[valuesById[2] = "PLACEHOLDER_KIND_DOCUMENT"] = 2;
            values[valuesById[3] = "PLACEHOLDER_KIND_TOOL_RESULT"] = 3;
            return values;
        })();

        v1.CorrectRequest = (function() {

            /**
             * Properties of a CorrectRequest.
             * @typedef {Object} kvmesh.v1.CorrectRequest.$Properties
             * @property {kvmesh.v1.PlaceholderKind|null} [kind] CorrectRequest kind
             * @property {string|null} [contentKey] CorrectRequest contentKey
             * @property {string|null} [consumerPrefixFingerprint] CorrectRequest consumerPrefixFingerprint
             * @property {number|null} [startPos] CorrectRequest startPos
             * @property {boolean|null} [sameHost] CorrectRequest sameHost
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CorrectRequest.
             * @memberof kvmesh.v1
             * @interface ICorrectRequest
             * @augments kvmesh.v1.CorrectRequest.$Properties
             * @deprecated Use kvmesh.v1.CorrectRequest.$Properties instead.
             */

            /**
             * Shape of a CorrectRequest.
             * @typedef {kvmesh.v1.CorrectRequest.$Properties} kvmesh.v1.CorrectRequest.$Shape
             */

            /**
             * Constructs a new CorrectRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents a CorrectRequest.
             * @constructor
             * @param {kvmesh.v1.CorrectRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CorrectRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CorrectRequest kind.
             * @member {kvmesh.v1.PlaceholderKind} kind
             * @memberof kvmesh.v1.CorrectRequest
             * @instance
             */
            CorrectRequest.prototype.kind = 0;

            /**
             * CorrectRequest contentKey.
             * @member {string} contentKey
             * @memberof kvmesh.v1.CorrectRequest
             * @instance
             */
            CorrectRequest.prototype.contentKey = "";

            /**
             * CorrectRequest consumerPrefixFingerprint.
             * @member {string} consumerPrefixFingerprint
             * @memberof kvmesh.v1.CorrectRequest
             * @instance
             */
            CorrectRequest.prototype.consumerPrefixFingerprint = "";

            /**
             * CorrectRequest startPos.
             * @member {number} startPos
             * @memberof kvmesh.v1.CorrectRequest
             * @instance
             */
            CorrectRequest.prototype.startPos = 0;

            /**
             * CorrectRequest sameHost.
             * @member {boolean} sameHost
             * @memberof kvmesh.v1.CorrectRequest
             * @instance
             */
            CorrectRequest.prototype.sameHost = false;

            /**
             * Creates a new CorrectRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.CorrectRequest
             * @static
             * @param {kvmesh.v1.CorrectRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.CorrectRequest} CorrectRequest instance
             * @type {{
             *   (properties: kvmesh.v1.CorrectRequest.$Shape): kvmesh.v1.CorrectRequest & kvmesh.v1.CorrectRequest.$Shape;
             *   (properties?: kvmesh.v1.CorrectRequest.$Properties): kvmesh.v1.CorrectRequest;
             * }}
             */
            CorrectRequest.create = function(properties) {
                return new CorrectRequest(properties);
            };

            /**
             * Encodes the specified CorrectRequest message. Does not implicitly {@link kvmesh.v1.CorrectRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.CorrectRequest
             * @static
             * @param {kvmesh.v1.CorrectRequest.$Properties} message CorrectRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CorrectRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.contentKey != null && $Object.hasOwnProperty.call(message, "contentKey") && message.contentKey !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.contentKey);
                if (message.consumerPrefixFingerprint != null && $Object.hasOwnProperty.call(message, "consumerPrefixFingerprint") && message.consumerPrefixFingerprint !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.consumerPrefixFingerprint);
                if (message.startPos != null && $Object.hasOwnProperty.call(message, "startPos") && message.startPos !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.startPos);
                if (message.sameHost != null && $Object.hasOwnProperty.call(message, "sameHost") && message.sameHost !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.sameHost);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CorrectRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.CorrectRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.CorrectRequest & kvmesh.v1.CorrectRequest.$Shape} CorrectRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CorrectRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.CorrectRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contentKey = value;
                            else
                                delete message.contentKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumerPrefixFingerprint = value;
                            else
                                delete message.consumerPrefixFingerprint;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.startPos = value;
                            else
                                delete message.startPos;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.sameHost = value;
                            else
                                delete message.sameHost;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CorrectRequest message.
             * @function verify
             * @memberof kvmesh.v1.CorrectRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CorrectRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.contentKey != null && $Object.hasOwnProperty.call(message, "contentKey"))
                    if (!$util.isString(message.contentKey))
                        return "contentKey: string expected";
                if (message.consumerPrefixFingerprint != null && $Object.hasOwnProperty.call(message, "consumerPrefixFingerprint"))
                    if (!$util.isString(message.consumerPrefixFingerprint))
                        return "consumerPrefixFingerprint: string expected";
                if (message.startPos != null && $Object.hasOwnProperty.call(message, "startPos"))
                    if (!$util.isInteger(message.startPos))
                        return "startPos: integer expected";
                if (message.sameHost != null && $Object.hasOwnProperty.call(message, "sameHost"))
                    if (typeof message.sameHost !== "boolean")
                        return "sameHost: boolean expected";
                return null;
            };

            /**
             * Creates a CorrectRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.CorrectRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.CorrectRequest} CorrectRequest
             */
            CorrectRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.CorrectRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.CorrectRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.CorrectRequest();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.kvmesh.v1.PlaceholderKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "PLACEHOLDER_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "PLACEHOLDER_KIND_AGENT_OUTPUT":
                    case 1:
                        message.kind = 1;
                        break;
                    case "PLACEHOLDER_KIND_DOCUMENT":
                    case 2:
                        message.kind = 2;
                        break;
                    case "PLACEHOLDER_KIND_TOOL_RESULT":
                    case 3:
                        message.kind = 3;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.contentKey != null)
                    if (typeof object.contentKey !== "string" || object.contentKey.length)
                        message.contentKey = $String(object.contentKey);
                if (object.consumerPrefixFingerprint != null)
                    if (typeof object.consumerPrefixFingerprint !== "string" || object.consumerPrefixFingerprint.length)
                        message.consumerPrefixFingerprint = $String(object.consumerPrefixFingerprint);
                if (object.startPos != null)
                    if ($Number(object.startPos) !== 0)
                        message.startPos = object.startPos >>> 0;
                if (object.sameHost != null)
                    if (object.sameHost)
                        message.sameHost = $Boolean(object.sameHost);
                return message;
            };

            /**
             * Creates a plain object from a CorrectRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.CorrectRequest
             * @static
             * @param {kvmesh.v1.CorrectRequest} message CorrectRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CorrectRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "PLACEHOLDER_KIND_UNSPECIFIED" : 0;
                    object.contentKey = "";
                    object.consumerPrefixFingerprint = "";
                    object.startPos = 0;
                    object.sameHost = false;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.kvmesh.v1.PlaceholderKind[message.kind] === $undefined ? message.kind : $root.kvmesh.v1.PlaceholderKind[message.kind] : message.kind;
                if (message.contentKey != null && $Object.hasOwnProperty.call(message, "contentKey"))
                    object.contentKey = message.contentKey;
                if (message.consumerPrefixFingerprint != null && $Object.hasOwnProperty.call(message, "consumerPrefixFingerprint"))
                    object.consumerPrefixFingerprint = message.consumerPrefixFingerprint;
                if (message.startPos != null && $Object.hasOwnProperty.call(message, "startPos"))
                    object.startPos = message.startPos;
                if (message.sameHost != null && $Object.hasOwnProperty.call(message, "sameHost"))
                    object.sameHost = message.sameHost;
                return object;
            };

            /**
             * Converts this CorrectRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.CorrectRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CorrectRequest.prototype.toJSON = function() {
                return CorrectRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CorrectRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.CorrectRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CorrectRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.CorrectRequest";
            };

            return CorrectRequest;
        })();

        /**
         * PrefillReason enum.
         * @name kvmesh.v1.PrefillReason
         * @enum {number}
         * @property {number} PREFILL_REASON_UNSPECIFIED=0 PREFILL_REASON_UNSPECIFIED value
         * @property {number} PREFILL_REASON_NO_ANCHOR=1 PREFILL_REASON_NO_ANCHOR value
         * @property {number} PREFILL_REASON_DEVIATION_TOO_HIGH=2 PREFILL_REASON_DEVIATION_TOO_HIGH value
         * @property {number} PREFILL_REASON_CONTENT_MISSING=3 PREFILL_REASON_CONTENT_MISSING value
         * @property {number} PREFILL_REASON_MODEL_MISMATCH=4 PREFILL_REASON_MODEL_MISMATCH value
         */
        v1.PrefillReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PREFILL_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PREFILL_REASON_NO_ANCHOR"] = 1;
            values[valuesById[2] = "PREFILL_REASON_DEVIATION_TOO_HIGH"] = 2;
            values[valuesById[3] = "PREFILL_REASON_CONTENT_MISSING"] = 3;
            values[valuesById[4] = "PREFILL_REASON_MODEL_MISMATCH"] = 4;
            return values;
        })();

        v1.PrefillAnswer = (function() {

            /**
             * Properties of a PrefillAnswer.
             * @typedef {Object} kvmesh.v1.PrefillAnswer.$Properties
             * @property {kvmesh.v1.PrefillReason|null} [reason] PrefillAnswer reason
             * @property {string|null} [detail] PrefillAnswer detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PrefillAnswer.
             * @memberof kvmesh.v1
             * @interface IPrefillAnswer
             * @augments kvmesh.v1.PrefillAnswer.$Properties
             * @deprecated Use kvmesh.v1.PrefillAnswer.$Properties instead.
             */

            /**
             * Shape of a PrefillAnswer.
             * @typedef {kvmesh.v1.PrefillAnswer.$Properties} kvmesh.v1.PrefillAnswer.$Shape
             */

            /**
             * Constructs a new PrefillAnswer.
             * @memberof kvmesh.v1
             * @classdesc Represents a PrefillAnswer.
             * @constructor
             * @param {kvmesh.v1.PrefillAnswer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PrefillAnswer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PrefillAnswer reason.
             * @member {kvmesh.v1.PrefillReason} reason
             * @memberof kvmesh.v1.PrefillAnswer
             * @instance
             */
            PrefillAnswer.prototype.reason = 0;

            /**
             * PrefillAnswer detail.
             * @member {string} detail
             * @memberof kvmesh.v1.PrefillAnswer
             * @instance
             */
            PrefillAnswer.prototype.detail = "";

            /**
             * Creates a new PrefillAnswer instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.PrefillAnswer
             * @static
             * @param {kvmesh.v1.PrefillAnswer.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.PrefillAnswer} PrefillAnswer instance
             * @type {{
             *   (properties: kvmesh.v1.PrefillAnswer.$Shape): kvmesh.v1.PrefillAnswer & kvmesh.v1.PrefillAnswer.$Shape;
             *   (properties?: kvmesh.v1.PrefillAnswer.$Properties): kvmesh.v1.PrefillAnswer;
             * }}
             */
            PrefillAnswer.create = function(properties) {
                return new PrefillAnswer(properties);
            };

            /**
             * Encodes the specified PrefillAnswer message. Does not implicitly {@link kvmesh.v1.PrefillAnswer.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.PrefillAnswer
             * @static
             * @param {kvmesh.v1.PrefillAnswer.$Properties} message PrefillAnswer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PrefillAnswer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.reason);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PrefillAnswer message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.PrefillAnswer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.PrefillAnswer & kvmesh.v1.PrefillAnswer.$Shape} PrefillAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PrefillAnswer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.PrefillAnswer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PrefillAnswer message.
             * @function verify
             * @memberof kvmesh.v1.PrefillAnswer
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PrefillAnswer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (typeof message.reason !== "number" || (message.reason | 0) !== message.reason)
                        return "reason: enum value expected";
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    if (!$util.isString(message.detail))
                        return "detail: string expected";
                return null;
            };

            /**
             * Creates a PrefillAnswer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.PrefillAnswer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.PrefillAnswer} PrefillAnswer
             */
            PrefillAnswer.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.PrefillAnswer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.PrefillAnswer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.PrefillAnswer();
                if (object.reason !== 0 && (typeof object.reason !== "string" || $root.kvmesh.v1.PrefillReason[object.reason] !== 0))
                    switch (object.reason) {
                    case "PREFILL_REASON_UNSPECIFIED":
                    case 0:
                        message.reason = 0;
                        break;
                    case "PREFILL_REASON_NO_ANCHOR":
                    case 1:
                        message.reason = 1;
                        break;
                    case "PREFILL_REASON_DEVIATION_TOO_HIGH":
                    case 2:
                        message.reason = 2;
                        break;
                    case "PREFILL_REASON_CONTENT_MISSING":
                    case 3:
                        message.reason = 3;
                        break;
                    case "PREFILL_REASON_MODEL_MISMATCH":
                    case 4:
                        message.reason = 4;
                        break;
                    default:
                        if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                            message.reason = object.reason;
                    }
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                return message;
            };

            /**
             * Creates a plain object from a PrefillAnswer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.PrefillAnswer
             * @static
             * @param {kvmesh.v1.PrefillAnswer} message PrefillAnswer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PrefillAnswer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.reason = options.enums === $String ? "PREFILL_REASON_UNSPECIFIED" : 0;
                    object.detail = "";
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = options.enums === $String ? $root.kvmesh.v1.PrefillReason[message.reason] === $undefined ? message.reason : $root.kvmesh.v1.PrefillReason[message.reason] : message.reason;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                return object;
            };

            /**
             * Converts this PrefillAnswer to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.PrefillAnswer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PrefillAnswer.prototype.toJSON = function() {
                return PrefillAnswer.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PrefillAnswer
             * @function getTypeUrl
             * @memberof kvmesh.v1.PrefillAnswer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PrefillAnswer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.PrefillAnswer";
            };

            return PrefillAnswer;
        })();

        v1.CorrectedHeader = (function() {

            /**
             * Properties of a CorrectedHeader.
             * @typedef {Object} kvmesh.v1.CorrectedHeader.$Properties
             * @property {kvmesh.v1.SegmentManifest.$Properties|null} [manifest] CorrectedHeader manifest
             * @property {Array.<string>|null} [anchorKeys] CorrectedHeader anchorKeys
             * @property {number|null} [estimatedDeviation] CorrectedHeader estimatedDeviation
             * @property {kvmesh.v1.ShmRefReserved.$Properties|null} [shm] CorrectedHeader shm
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CorrectedHeader.
             * @memberof kvmesh.v1
             * @interface ICorrectedHeader
             * @augments kvmesh.v1.CorrectedHeader.$Properties
             * @deprecated Use kvmesh.v1.CorrectedHeader.$Properties instead.
             */

            /**
             * Shape of a CorrectedHeader.
             * @typedef {kvmesh.v1.CorrectedHeader.$Properties} kvmesh.v1.CorrectedHeader.$Shape
             */

            /**
             * Constructs a new CorrectedHeader.
             * @memberof kvmesh.v1
             * @classdesc Represents a CorrectedHeader.
             * @constructor
             * @param {kvmesh.v1.CorrectedHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CorrectedHeader = function (properties) {
                this.anchorKeys = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CorrectedHeader manifest.
             * @member {kvmesh.v1.SegmentManifest.$Properties|null|undefined} manifest
             * @memberof kvmesh.v1.CorrectedHeader
             * @instance
             */
            CorrectedHeader.prototype.manifest = null;

            /**
             * CorrectedHeader anchorKeys.
             * @member {Array.<string>} anchorKeys
             * @memberof kvmesh.v1.CorrectedHeader
             * @instance
             */
            CorrectedHeader.prototype.anchorKeys = $util.emptyArray;

            /**
             * CorrectedHeader estimatedDeviation.
             * @member {number} estimatedDeviation
             * @memberof kvmesh.v1.CorrectedHeader
             * @instance
             */
            CorrectedHeader.prototype.estimatedDeviation = 0;

            /**
             * CorrectedHeader shm.
             * @member {kvmesh.v1.ShmRefReserved.$Properties|null|undefined} shm
             * @memberof kvmesh.v1.CorrectedHeader
             * @instance
             */
            CorrectedHeader.prototype.shm = null;

            /**
             * Creates a new CorrectedHeader instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.CorrectedHeader
             * @static
             * @param {kvmesh.v1.CorrectedHeader.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.CorrectedHeader} CorrectedHeader instance
             * @type {{
             *   (properties: kvmesh.v1.CorrectedHeader.$Shape): kvmesh.v1.CorrectedHeader & kvmesh.v1.CorrectedHeader.$Shape;
             *   (properties?: kvmesh.v1.CorrectedHeader.$Properties): kvmesh.v1.CorrectedHeader;
             * }}
             */
            CorrectedHeader.create = function(properties) {
                return new CorrectedHeader(properties);
            };

            /**
             * Encodes the specified CorrectedHeader message. Does not implicitly {@link kvmesh.v1.CorrectedHeader.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.CorrectedHeader
             * @static
             * @param {kvmesh.v1.CorrectedHeader.$Properties} message CorrectedHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CorrectedHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    $root.kvmesh.v1.SegmentManifest.encode(message.manifest, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.anchorKeys != null && message.anchorKeys.length)
                    for (let i = 0; i < message.anchorKeys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.anchorKeys[i]);
                if (message.estimatedDeviation != null && $Object.hasOwnProperty.call(message, "estimatedDeviation") && !$Object.is(message.estimatedDeviation, 0))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.estimatedDeviation);
                if (message.shm != null && $Object.hasOwnProperty.call(message, "shm"))
                    $root.kvmesh.v1.ShmRefReserved.encode(message.shm, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CorrectedHeader message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.CorrectedHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.CorrectedHeader & kvmesh.v1.CorrectedHeader.$Shape} CorrectedHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CorrectedHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.CorrectedHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.manifest = $root.kvmesh.v1.SegmentManifest.decode(reader, reader.size(), $undefined, _depth + 1, message.manifest);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.anchorKeys && message.anchorKeys.length))
                                message.anchorKeys = [];
                            message.anchorKeys.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.estimatedDeviation = value;
                            else
                                delete message.estimatedDeviation;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.shm = $root.kvmesh.v1.ShmRefReserved.decode(reader, reader.size(), $undefined, _depth + 1, message.shm);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CorrectedHeader message.
             * @function verify
             * @memberof kvmesh.v1.CorrectedHeader
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CorrectedHeader.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest")) {
                    let error = $root.kvmesh.v1.SegmentManifest.verify(message.manifest, _depth + 1);
                    if (error)
                        return "manifest." + error;
                }
                if (message.anchorKeys != null && $Object.hasOwnProperty.call(message, "anchorKeys")) {
                    if (!$Array.isArray(message.anchorKeys))
                        return "anchorKeys: array expected";
                    for (let i = 0; i < message.anchorKeys.length; ++i)
                        if (!$util.isString(message.anchorKeys[i]))
                            return "anchorKeys: string[] expected";
                }
                if (message.estimatedDeviation != null && $Object.hasOwnProperty.call(message, "estimatedDeviation"))
                    if (typeof message.estimatedDeviation !== "number")
                        return "estimatedDeviation: number expected";
                if (message.shm != null && $Object.hasOwnProperty.call(message, "shm")) {
                    let error = $root.kvmesh.v1.ShmRefReserved.verify(message.shm, _depth + 1);
                    if (error)
                        return "shm." + error;
                }
                return null;
            };

            /**
             * Creates a CorrectedHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.CorrectedHeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.CorrectedHeader} CorrectedHeader
             */
            CorrectedHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.CorrectedHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.CorrectedHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.CorrectedHeader();
                if (object.manifest != null) {
                    if (!$util.isObject(object.manifest))
                        throw $TypeError(".kvmesh.v1.CorrectedHeader.manifest: object expected");
                    message.manifest = $root.kvmesh.v1.SegmentManifest.fromObject(object.manifest, _depth + 1);
                }
                if (object.anchorKeys) {
                    if (!$Array.isArray(object.anchorKeys))
                        throw $TypeError(".kvmesh.v1.CorrectedHeader.anchorKeys: array expected");
                    message.anchorKeys = $Array(object.anchorKeys.length);
                    for (let i = 0; i < object.anchorKeys.length; ++i)
                        message.anchorKeys[i] = $String(object.anchorKeys[i]);
                }
                if (object.estimatedDeviation != null)
                    if (!$Object.is($Number(object.estimatedDeviation), 0))
                        message.estimatedDeviation = $Number(object.estimatedDeviation);
                if (object.shm != null) {
                    if (!$util.isObject(object.shm))
                        throw $TypeError(".kvmesh.v1.CorrectedHeader.shm: object expected");
                    message.shm = $root.kvmesh.v1.ShmRefReserved.fromObject(object.shm, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a CorrectedHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.CorrectedHeader
             * @static
             * @param {kvmesh.v1.CorrectedHeader} message CorrectedHeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CorrectedHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.anchorKeys = [];
                if (options.defaults) {
                    object.manifest = null;
                    object.estimatedDeviation = 0;
                    object.shm = null;
                }
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    object.manifest = $root.kvmesh.v1.SegmentManifest.toObject(message.manifest, options, _depth + 1);
                if (message.anchorKeys && message.anchorKeys.length) {
                    object.anchorKeys = $Array(message.anchorKeys.length);
                    for (let j = 0; j < message.anchorKeys.length; ++j)
                        object.anchorKeys[j] = message.anchorKeys[j];
                }
                if (message.estimatedDeviation != null && $Object.hasOwnProperty.call(message, "estimatedDeviation"))
                    object.estimatedDeviation = options.json && !$isFinite(message.estimatedDeviation) ? $String(message.estimatedDeviation) : message.estimatedDeviation;
                if (message.shm != null && $Object.hasOwnProperty.call(message, "shm"))
                    object.shm = $root.kvmesh.v1.ShmRefReserved.toObject(message.shm, options, _depth + 1);
                return object;
            };

            /**
             * Converts this CorrectedHeader to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.CorrectedHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CorrectedHeader.prototype.toJSON = function() {
                return CorrectedHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CorrectedHeader
             * @function getTypeUrl
             * @memberof kvmesh.v1.CorrectedHeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CorrectedHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.CorrectedHeader";
            };

            return CorrectedHeader;
        })();

        v1.ShmRefReserved = (function() {

            /**
             * Properties of a ShmRefReserved.
             * @typedef {Object} kvmesh.v1.ShmRefReserved.$Properties
             * @property {string|null} [path] ShmRefReserved path
             * @property {number|null} [byteLength] ShmRefReserved byteLength
             * @property {string|null} [lease] ShmRefReserved lease
             * @property {number|null} [ttlMs] ShmRefReserved ttlMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShmRefReserved.
             * @memberof kvmesh.v1
             * @interface IShmRefReserved
             * @augments kvmesh.v1.ShmRefReserved.$Properties
             * @deprecated Use kvmesh.v1.ShmRefReserved.$Properties instead.
             */

            /**
             * Shape of a ShmRefReserved.
             * @typedef {kvmesh.v1.ShmRefReserved.$Properties} kvmesh.v1.ShmRefReserved.$Shape
             */

            /**
             * Constructs a new ShmRefReserved.
             * @memberof kvmesh.v1
             * @classdesc Represents a ShmRefReserved.
             * @constructor
             * @param {kvmesh.v1.ShmRefReserved.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShmRefReserved = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShmRefReserved path.
             * @member {string} path
             * @memberof kvmesh.v1.ShmRefReserved
             * @instance
             */
            ShmRefReserved.prototype.path = "";

            /**
             * ShmRefReserved byteLength.
             * @member {number} byteLength
             * @memberof kvmesh.v1.ShmRefReserved
             * @instance
             */
            ShmRefReserved.prototype.byteLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ShmRefReserved lease.
             * @member {string} lease
             * @memberof kvmesh.v1.ShmRefReserved
             * @instance
             */
            ShmRefReserved.prototype.lease = "";

            /**
             * ShmRefReserved ttlMs.
             * @member {number} ttlMs
             * @memberof kvmesh.v1.ShmRefReserved
             * @instance
             */
            ShmRefReserved.prototype.ttlMs = 0;

            /**
             * Creates a new ShmRefReserved instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.ShmRefReserved
             * @static
             * @param {kvmesh.v1.ShmRefReserved.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.ShmRefReserved} ShmRefReserved instance
             * @type {{
             *   (properties: kvmesh.v1.ShmRefReserved.$Shape): kvmesh.v1.ShmRefReserved & kvmesh.v1.ShmRefReserved.$Shape;
             *   (properties?: kvmesh.v1.ShmRefReserved.$Properties): kvmesh.v1.ShmRefReserved;
             * }}
             */
            ShmRefReserved.create = function(properties) {
                return new ShmRefReserved(properties);
            };

            /**
             * Encodes the specified ShmRefReserved message. Does not implicitly {@link kvmesh.v1.ShmRefReserved.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.ShmRefReserved
             * @static
             * @param {kvmesh.v1.ShmRefReserved.$Properties} message ShmRefReserved message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShmRefReserved.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.byteLength != null && $Object.hasOwnProperty.call(message, "byteLength") && (typeof message.byteLength === "object" ? message.byteLength.low || message.byteLength.high : message.byteLength !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.byteLength);
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease") && message.lease !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.lease);
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs") && message.ttlMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.ttlMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShmRefReserved message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.ShmRefReserved
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.ShmRefReserved & kvmesh.v1.ShmRefReserved.$Shape} ShmRefReserved
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShmRefReserved.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.ShmRefReserved();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.byteLength = value;
                            else
                                delete message.byteLength;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lease = value;
                            else
                                delete message.lease;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ttlMs = value;
                            else
                                delete message.ttlMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ShmRefReserved message.
             * @function verify
             * @memberof kvmesh.v1.ShmRefReserved
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ShmRefReserved.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.byteLength != null && $Object.hasOwnProperty.call(message, "byteLength"))
                    if (!$util.isInteger(message.byteLength) && !(message.byteLength && $util.isInteger(message.byteLength.low) && $util.isInteger(message.byteLength.high)))
                        return "byteLength: integer|Long expected";
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease"))
                    if (!$util.isString(message.lease))
                        return "lease: string expected";
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    if (!$util.isInteger(message.ttlMs))
                        return "ttlMs: integer expected";
                return null;
            };

            /**
             * Creates a ShmRefReserved message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.ShmRefReserved
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.ShmRefReserved} ShmRefReserved
             */
            ShmRefReserved.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.ShmRefReserved)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.ShmRefReserved: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.ShmRefReserved();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.byteLength != null)
                    if (typeof object.byteLength === "object" ? object.byteLength.low || object.byteLength.high : $Number(object.byteLength) !== 0)
                        if ($util.Long)
                            message.byteLength = $util.Long.fromValue(object.byteLength, true);
                        else if (typeof object.byteLength === "string")
                            message.byteLength = $parseInt(object.byteLength, 10);
                        else if (typeof object.byteLength === "number")
                            message.byteLength = object.byteLength;
                        else if (typeof object.byteLength === "object")
                            message.byteLength = new $util.LongBits(object.byteLength.low >>> 0, object.byteLength.high >>> 0).toNumber(true);
                if (object.lease != null)
                    if (typeof object.lease !== "string" || object.lease.length)
                        message.lease = $String(object.lease);
                if (object.ttlMs != null)
                    if ($Number(object.ttlMs) !== 0)
                        message.ttlMs = object.ttlMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ShmRefReserved message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.ShmRefReserved
             * @static
             * @param {kvmesh.v1.ShmRefReserved} message ShmRefReserved
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ShmRefReserved.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.byteLength = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.byteLength = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.lease = "";
                    object.ttlMs = 0;
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.byteLength != null && $Object.hasOwnProperty.call(message, "byteLength"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.byteLength = typeof message.byteLength === "number" ? $BigInt(message.byteLength) : $util.Long.fromBits(message.byteLength.low >>> 0, message.byteLength.high >>> 0, true).toBigInt();
                    else if (typeof message.byteLength === "number")
                        object.byteLength = options.longs === $String ? $String(message.byteLength) : message.byteLength;
                    else
                        object.byteLength = options.longs === $String ? $util.Long.prototype.toString.call(message.byteLength) : options.longs === $Number ? new $util.LongBits(message.byteLength.low >>> 0, message.byteLength.high >>> 0).toNumber(true) : message.byteLength;
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease"))
                    object.lease = message.lease;
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    object.ttlMs = message.ttlMs;
                return object;
            };

            /**
             * Converts this ShmRefReserved to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.ShmRefReserved
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ShmRefReserved.prototype.toJSON = function() {
                return ShmRefReserved.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ShmRefReserved
             * @function getTypeUrl
             * @memberof kvmesh.v1.ShmRefReserved
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShmRefReserved.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.ShmRefReserved";
            };

            return ShmRefReserved;
        })();

        v1.CorrectReply = (function() {

            /**
             * Properties of a CorrectReply.
             * @typedef {Object} kvmesh.v1.CorrectReply.$Properties
             * @property {kvmesh.v1.CorrectedHeader.$Properties|null} [corrected] CorrectReply corrected
             * @property {kvmesh.v1.PrefillAnswer.$Properties|null} [prefill] CorrectReply prefill
             * @property {Uint8Array|null} [chunk] CorrectReply chunk
             * @property {"corrected"|"prefill"|"chunk"} [kind] CorrectReply kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CorrectReply.
             * @memberof kvmesh.v1
             * @interface ICorrectReply
             * @augments kvmesh.v1.CorrectReply.$Properties
             * @deprecated Use kvmesh.v1.CorrectReply.$Properties instead.
             */

            /**
             * Narrowed shape of a CorrectReply.
             * @typedef {{
             *   corrected?: kvmesh.v1.CorrectedHeader.$Shape|null;
             *   prefill?: kvmesh.v1.PrefillAnswer.$Shape|null;
             *   chunk?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; corrected?: null; prefill?: null; chunk?: null }|{ kind?: "corrected"; corrected: kvmesh.v1.CorrectedHeader.$Shape; prefill?: null; chunk?: null }|{ kind?: "prefill"; corrected?: null; prefill: kvmesh.v1.PrefillAnswer.$Shape; chunk?: null }|{ kind?: "chunk"; corrected?: null; prefill?: null; chunk: Uint8Array })
             * )} kvmesh.v1.CorrectReply.$Shape
             */

            /**
             * Constructs a new CorrectReply.
             * @memberof kvmesh.v1
             * @classdesc Represents a CorrectReply.
             * @constructor
             * @param {kvmesh.v1.CorrectReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CorrectReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CorrectReply corrected.
             * @member {kvmesh.v1.CorrectedHeader.$Properties|null|undefined} corrected
             * @memberof kvmesh.v1.CorrectReply
             * @instance
             */
            CorrectReply.prototype.corrected = null;

            /**
             * CorrectReply prefill.
             * @member {kvmesh.v1.PrefillAnswer.$Properties|null|undefined} prefill
             * @memberof kvmesh.v1.CorrectReply
             * @instance
             */
            CorrectReply.prototype.prefill = null;

            /**
             * CorrectReply chunk.
             * @member {Uint8Array|null|undefined} chunk
             * @memberof kvmesh.v1.CorrectReply
             * @instance
             */
            CorrectReply.prototype.chunk = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * CorrectReply kind.
             * @member {"corrected"|"prefill"|"chunk"|undefined} kind
             * @memberof kvmesh.v1.CorrectReply
             * @instance
             */
            $Object.defineProperty(CorrectReply.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["corrected", "prefill", "chunk"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new CorrectReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.CorrectReply
             * @static
             * @param {kvmesh.v1.CorrectReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.CorrectReply} CorrectReply instance
             * @type {{
             *   (properties: kvmesh.v1.CorrectReply.$Shape): kvmesh.v1.CorrectReply & kvmesh.v1.CorrectReply.$Shape;
             *   (properties?: kvmesh.v1.CorrectReply.$Properties): kvmesh.v1.CorrectReply;
             * }}
             */
            CorrectReply.create = function(properties) {
                return new CorrectReply(properties);
            };

            /**
             * Encodes the specified CorrectReply message. Does not implicitly {@link kvmesh.v1.CorrectReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.CorrectReply
             * @static
             * @param {kvmesh.v1.CorrectReply.$Properties} message CorrectReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CorrectReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.corrected != null && $Object.hasOwnProperty.call(message, "corrected"))
                    $root.kvmesh.v1.CorrectedHeader.encode(message.corrected, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.prefill != null && $Object.hasOwnProperty.call(message, "prefill"))
                    $root.kvmesh.v1.PrefillAnswer.encode(message.prefill, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.chunk);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CorrectReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.CorrectReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.CorrectReply & kvmesh.v1.CorrectReply.$Shape} CorrectReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CorrectReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.CorrectReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.corrected = $root.kvmesh.v1.CorrectedHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.corrected);
                            message.kind = "corrected";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.prefill = $root.kvmesh.v1.PrefillAnswer.decode(reader, reader.size(), $undefined, _depth + 1, message.prefill);
                            message.kind = "prefill";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.chunk = reader.bytes();
                            message.kind = "chunk";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CorrectReply message.
             * @function verify
             * @memberof kvmesh.v1.CorrectReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CorrectReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.corrected != null && $Object.hasOwnProperty.call(message, "corrected")) {
                    properties.kind = 1;
                    {
                        let error = $root.kvmesh.v1.CorrectedHeader.verify(message.corrected, _depth + 1);
                        if (error)
                            return "corrected." + error;
                    }
                }
                if (message.prefill != null && $Object.hasOwnProperty.call(message, "prefill")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.kvmesh.v1.PrefillAnswer.verify(message.prefill, _depth + 1);
                        if (error)
                            return "prefill." + error;
                    }
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (!(message.chunk && typeof message.chunk.length === "number" || $util.isString(message.chunk)))
                        return "chunk: buffer expected";
                }
                return null;
            };

            /**
             * Creates a CorrectReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.CorrectReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.CorrectReply} CorrectReply
             */
            CorrectReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.CorrectReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.CorrectReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.CorrectReply();
                if (object.corrected != null) {
                    if (!$util.isObject(object.corrected))
                        throw $TypeError(".kvmesh.v1.CorrectReply.corrected: object expected");
                    message.corrected = $root.kvmesh.v1.CorrectedHeader.fromObject(object.corrected, _depth + 1);
                }
                if (object.prefill != null) {
                    if (!$util.isObject(object.prefill))
                        throw $TypeError(".kvmesh.v1.CorrectReply.prefill: object expected");
                    message.prefill = $root.kvmesh.v1.PrefillAnswer.fromObject(object.prefill, _depth + 1);
                }
                if (object.chunk != null)
                    if (typeof object.chunk === "string")
                        $util.base64.decode(object.chunk, message.chunk = $util.newBuffer($util.base64.length(object.chunk)), 0);
                    else if (object.chunk.length >= 0)
                        message.chunk = object.chunk;
                return message;
            };

            /**
             * Creates a plain object from a CorrectReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.CorrectReply
             * @static
             * @param {kvmesh.v1.CorrectReply} message CorrectReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CorrectReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.corrected != null && $Object.hasOwnProperty.call(message, "corrected")) {
                    object.corrected = $root.kvmesh.v1.CorrectedHeader.toObject(message.corrected, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "corrected";
                }
                if (message.prefill != null && $Object.hasOwnProperty.call(message, "prefill")) {
                    object.prefill = $root.kvmesh.v1.PrefillAnswer.toObject(message.prefill, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "prefill";
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    object.chunk = options.bytes === $String ? $util.base64.encode(message.chunk, 0, message.chunk.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.chunk) : message.chunk;
                    if (options.oneofs)
                        object.kind = "chunk";
                }
                return object;
            };

            /**
             * Converts this CorrectReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.CorrectReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CorrectReply.prototype.toJSON = function() {
                return CorrectReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CorrectReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.CorrectReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CorrectReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.CorrectReply";
            };

            return CorrectReply;
        })();

        v1.RopeConfig = (function() {

            /**
             * Properties of a RopeConfig.
             * @typedef {Object} kvmesh.v1.RopeConfig.$Properties
             * @property {string|null} [style] RopeConfig style
             * @property {number|null} [nRot] RopeConfig nRot
             * @property {number|null} [headDim] RopeConfig headDim
             * @property {number|null} [freqBase] RopeConfig freqBase
             * @property {number|null} [freqScale] RopeConfig freqScale
             * @property {Array.<number>|null} [freqFactors] RopeConfig freqFactors
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RopeConfig.
             * @memberof kvmesh.v1
             * @interface IRopeConfig
             * @augments kvmesh.v1.RopeConfig.$Properties
             * @deprecated Use kvmesh.v1.RopeConfig.$Properties instead.
             */

            /**
             * Shape of a RopeConfig.
             * @typedef {kvmesh.v1.RopeConfig.$Properties} kvmesh.v1.RopeConfig.$Shape
             */

            /**
             * Constructs a new RopeConfig.
             * @memberof kvmesh.v1
             * @classdesc Represents a RopeConfig.
             * @constructor
             * @param {kvmesh.v1.RopeConfig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RopeConfig = function (properties) {
                this.freqFactors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RopeConfig style.
             * @member {string} style
             * @memberof kvmesh.v1.RopeConfig
             * @instance
             */
            RopeConfig.prototype.style = "";

            /**
             * RopeConfig nRot.
             * @member {number} nRot
             * @memberof kvmesh.v1.RopeConfig
             * @instance
             */
            RopeConfig.prototype.nRot = 0;

            /**
             * RopeConfig headDim.
             * @member {number} headDim
             * @memberof kvmesh.v1.RopeConfig
             * @instance
             */
            RopeConfig.prototype.headDim = 0;

            /**
             * RopeConfig freqBase.
             * @member {number} freqBase
             * @memberof kvmesh.v1.RopeConfig
             * @instance
             */
            RopeConfig.prototype.freqBase = 0;

            /**
             * RopeConfig freqScale.
             * @member {number} freqScale
             * @memberof kvmesh.v1.RopeConfig
             * @instance
             */
            RopeConfig.prototype.freqScale = 0;

            /**
             * RopeConfig freqFactors.
             * @member {Array.<number>} freqFactors
             * @memberof kvmesh.v1.RopeConfig
             * @instance
             */
            RopeConfig.prototype.freqFactors = $util.emptyArray;

            /**
             * Creates a new RopeConfig instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.RopeConfig
             * @static
             * @param {kvmesh.v1.RopeConfig.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.RopeConfig} RopeConfig instance
             * @type {{
             *   (properties: kvmesh.v1.RopeConfig.$Shape): kvmesh.v1.RopeConfig & kvmesh.v1.RopeConfig.$Shape;
             *   (properties?: kvmesh.v1.RopeConfig.$Properties): kvmesh.v1.RopeConfig;
             * }}
             */
            RopeConfig.create = function(properties) {
                return new RopeConfig(properties);
            };

            /**
             * Encodes the specified RopeConfig message. Does not implicitly {@link kvmesh.v1.RopeConfig.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.RopeConfig
             * @static
             * @param {kvmesh.v1.RopeConfig.$Properties} message RopeConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RopeConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.style != null && $Object.hasOwnProperty.call(message, "style") && message.style !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.style);
                if (message.nRot != null && $Object.hasOwnProperty.call(message, "nRot") && message.nRot !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nRot);
                if (message.headDim != null && $Object.hasOwnProperty.call(message, "headDim") && message.headDim !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.headDim);
                if (message.freqBase != null && $Object.hasOwnProperty.call(message, "freqBase") && !$Object.is(message.freqBase, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.freqBase);
                if (message.freqScale != null && $Object.hasOwnProperty.call(message, "freqScale") && !$Object.is(message.freqScale, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.freqScale);
                if (message.freqFactors != null && message.freqFactors.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).floats(message.freqFactors);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RopeConfig message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.RopeConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.RopeConfig & kvmesh.v1.RopeConfig.$Shape} RopeConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RopeConfig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.RopeConfig();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.style = value;
                            else
                                delete message.style;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nRot = value;
                            else
                                delete message.nRot;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.headDim = value;
                            else
                                delete message.headDim;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.freqBase = value;
                            else
                                delete message.freqBase;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.freqScale = value;
                            else
                                delete message.freqScale;
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.freqFactors && message.freqFactors.length))
                                    message.freqFactors = [];
                                reader.floats(message.freqFactors);
                                continue;
                            }
                            if (wireType !== 5)
                                break;
                            if (!(message.freqFactors && message.freqFactors.length))
                                message.freqFactors = [];
                            message.freqFactors.push(reader.float());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RopeConfig message.
             * @function verify
             * @memberof kvmesh.v1.RopeConfig
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RopeConfig.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.style != null && $Object.hasOwnProperty.call(message, "style"))
                    if (!$util.isString(message.style))
                        return "style: string expected";
                if (message.nRot != null && $Object.hasOwnProperty.call(message, "nRot"))
                    if (!$util.isInteger(message.nRot))
                        return "nRot: integer expected";
                if (message.headDim != null && $Object.hasOwnProperty.call(message, "headDim"))
                    if (!$util.isInteger(message.headDim))
                        return "headDim: integer expected";
                if (message.freqBase != null && $Object.hasOwnProperty.call(message, "freqBase"))
                    if (typeof message.freqBase !== "number")
                        return "freqBase: number expected";
                if (message.freqScale != null && $Object.hasOwnProperty.call(message, "freqScale"))
                    if (typeof message.freqScale !== "number")
                        return "freqScale: number expected";
                if (message.freqFactors != null && $Object.hasOwnProperty.call(message, "freqFactors")) {
                    if (!$Array.isArray(message.freqFactors))
                        return "freqFactors: array expected";
                    for (let i = 0; i < message.freqFactors.length; ++i)
                        if (typeof message.freqFactors[i] !== "number")
                            return "freqFactors: number[] expected";
                }
                return null;
            };

            /**
             * Creates a RopeConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.RopeConfig
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.RopeConfig} RopeConfig
             */
            RopeConfig.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.RopeConfig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.RopeConfig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.RopeConfig();
                if (object.style != null)
                    if (typeof object.style !== "string" || object.style.length)
                        message.style = $String(object.style);
                if (object.nRot != null)
                    if ($Number(object.nRot) !== 0)
                        message.nRot = object.nRot >>> 0;
                if (object.headDim != null)
                    if ($Number(object.headDim) !== 0)
                        message.headDim = object.headDim >>> 0;
                if (object.freqBase != null)
                    if (!$Object.is($Number(object.freqBase), 0))
                        message.freqBase = $Number(object.freqBase);
                if (object.freqScale != null)
                    if (!$Object.is($Number(object.freqScale), 0))
                        message.freqScale = $Number(object.freqScale);
                if (object.freqFactors) {
                    if (!$Array.isArray(object.freqFactors))
                        throw $TypeError(".kvmesh.v1.RopeConfig.freqFactors: array expected");
                    message.freqFactors = $Array(object.freqFactors.length);
                    for (let i = 0; i < object.freqFactors.length; ++i)
                        message.freqFactors[i] = $Number(object.freqFactors[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a RopeConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.RopeConfig
             * @static
             * @param {kvmesh.v1.RopeConfig} message RopeConfig
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RopeConfig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.freqFactors = [];
                if (options.defaults) {
                    object.style = "";
                    object.nRot = 0;
                    object.headDim = 0;
                    object.freqBase = 0;
                    object.freqScale = 0;
                }
                if (message.style != null && $Object.hasOwnProperty.call(message, "style"))
                    object.style = message.style;
                if (message.nRot != null && $Object.hasOwnProperty.call(message, "nRot"))
                    object.nRot = message.nRot;
                if (message.headDim != null && $Object.hasOwnProperty.call(message, "headDim"))
                    object.headDim = message.headDim;
                if (message.freqBase != null && $Object.hasOwnProperty.call(message, "freqBase"))
                    object.freqBase = options.json && !$isFinite(message.freqBase) ? $String(message.freqBase) : message.freqBase;
                if (message.freqScale != null && $Object.hasOwnProperty.call(message, "freqScale"))
                    object.freqScale = options.json && !$isFinite(message.freqScale) ? $String(message.freqScale) : message.freqScale;
                if (message.freqFactors && message.freqFactors.length) {
                    object.freqFactors = $Array(message.freqFactors.length);
                    for (let j = 0; j < message.freqFactors.length; ++j)
                        object.freqFactors[j] = options.json && !$isFinite(message.freqFactors[j]) ? $String(message.freqFactors[j]) : message.freqFactors[j];
                }
                return object;
            };

            /**
             * Converts this RopeConfig to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.RopeConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RopeConfig.prototype.toJSON = function() {
                return RopeConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RopeConfig
             * @function getTypeUrl
             * @memberof kvmesh.v1.RopeConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RopeConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.RopeConfig";
            };

            return RopeConfig;
        })();

        v1.KvTensorF16 = (function() {

            /**
             * Properties of a KvTensorF16.
             * @typedef {Object} kvmesh.v1.KvTensorF16.$Properties
             * @property {number|null} [nLayer] KvTensorF16 nLayer
             * @property {number|null} [nTokens] KvTensorF16 nTokens
             * @property {number|null} [rowK] KvTensorF16 rowK
             * @property {number|null} [rowV] KvTensorF16 rowV
             * @property {Uint8Array|null} [data] KvTensorF16 data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KvTensorF16.
             * @memberof kvmesh.v1
             * @interface IKvTensorF16
             * @augments kvmesh.v1.KvTensorF16.$Properties
             * @deprecated Use kvmesh.v1.KvTensorF16.$Properties instead.
             */

            /**
             * Shape of a KvTensorF16.
             * @typedef {kvmesh.v1.KvTensorF16.$Properties} kvmesh.v1.KvTensorF16.$Shape
             */

            /**
             * Constructs a new KvTensorF16.
             * @memberof kvmesh.v1
             * @classdesc Represents a KvTensorF16.
             * @constructor
             * @param {kvmesh.v1.KvTensorF16.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KvTensorF16 = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KvTensorF16 nLayer.
             * @member {number} nLayer
             * @memberof kvmesh.v1.KvTensorF16
             * @instance
             */
            KvTensorF16.prototype.nLayer = 0;

            /**
             * KvTensorF16 nTokens.
             * @member {number} nTokens
             * @memberof kvmesh.v1.KvTensorF16
             * @instance
             */
            KvTensorF16.prototype.nTokens = 0;

            /**
             * KvTensorF16 rowK.
             * @member {number} rowK
             * @memberof kvmesh.v1.KvTensorF16
             * @instance
             */
            KvTensorF16.prototype.rowK = 0;

            /**
             * KvTensorF16 rowV.
             * @member {number} rowV
             * @memberof kvmesh.v1.KvTensorF16
             * @instance
             */
            KvTensorF16.prototype.rowV = 0;

            /**
             * KvTensorF16 data.
             * @member {Uint8Array} data
             * @memberof kvmesh.v1.KvTensorF16
             * @instance
             */
            KvTensorF16.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new KvTensorF16 instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.KvTensorF16
             * @static
             * @param {kvmesh.v1.KvTensorF16.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.KvTensorF16} KvTensorF16 instance
             * @type {{
             *   (properties: kvmesh.v1.KvTensorF16.$Shape): kvmesh.v1.KvTensorF16 & kvmesh.v1.KvTensorF16.$Shape;
             *   (properties?: kvmesh.v1.KvTensorF16.$Properties): kvmesh.v1.KvTensorF16;
             * }}
             */
            KvTensorF16.create = function(properties) {
                return new KvTensorF16(properties);
            };

            /**
             * Encodes the specified KvTensorF16 message. Does not implicitly {@link kvmesh.v1.KvTensorF16.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.KvTensorF16
             * @static
             * @param {kvmesh.v1.KvTensorF16.$Properties} message KvTensorF16 message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KvTensorF16.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nLayer != null && $Object.hasOwnProperty.call(message, "nLayer") && message.nLayer !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.nLayer);
                if (message.nTokens != null && $Object.hasOwnProperty.call(message, "nTokens") && message.nTokens !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nTokens);
                if (message.rowK != null && $Object.hasOwnProperty.call(message, "rowK") && message.rowK !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.rowK);
                if (message.rowV != null && $Object.hasOwnProperty.call(message, "rowV") && message.rowV !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.rowV);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KvTensorF16 message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.KvTensorF16
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.KvTensorF16 & kvmesh.v1.KvTensorF16.$Shape} KvTensorF16
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KvTensorF16.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.KvTensorF16();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nLayer = value;
                            else
                                delete message.nLayer;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nTokens = value;
                            else
                                delete message.nTokens;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rowK = value;
                            else
                                delete message.rowK;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rowV = value;
                            else
                                delete message.rowV;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a KvTensorF16 message.
             * @function verify
             * @memberof kvmesh.v1.KvTensorF16
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            KvTensorF16.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nLayer != null && $Object.hasOwnProperty.call(message, "nLayer"))
                    if (!$util.isInteger(message.nLayer))
                        return "nLayer: integer expected";
                if (message.nTokens != null && $Object.hasOwnProperty.call(message, "nTokens"))
                    if (!$util.isInteger(message.nTokens))
                        return "nTokens: integer expected";
                if (message.rowK != null && $Object.hasOwnProperty.call(message, "rowK"))
                    if (!$util.isInteger(message.rowK))
                        return "rowK: integer expected";
                if (message.rowV != null && $Object.hasOwnProperty.call(message, "rowV"))
                    if (!$util.isInteger(message.rowV))
                        return "rowV: integer expected";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                return null;
            };

            /**
             * Creates a KvTensorF16 message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.KvTensorF16
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.KvTensorF16} KvTensorF16
             */
            KvTensorF16.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.KvTensorF16)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.KvTensorF16: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.KvTensorF16();
                if (object.nLayer != null)
                    if ($Number(object.nLayer) !== 0)
                        message.nLayer = object.nLayer >>> 0;
                if (object.nTokens != null)
                    if ($Number(object.nTokens) !== 0)
                        message.nTokens = object.nTokens >>> 0;
                if (object.rowK != null)
                    if ($Number(object.rowK) !== 0)
                        message.rowK = object.rowK >>> 0;
                if (object.rowV != null)
                    if ($Number(object.rowV) !== 0)
                        message.rowV = object.rowV >>> 0;
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from a KvTensorF16 message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.KvTensorF16
             * @static
             * @param {kvmesh.v1.KvTensorF16} message KvTensorF16
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KvTensorF16.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.nLayer = 0;
                    object.nTokens = 0;
                    object.rowK = 0;
                    object.rowV = 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.nLayer != null && $Object.hasOwnProperty.call(message, "nLayer"))
                    object.nLayer = message.nLayer;
                if (message.nTokens != null && $Object.hasOwnProperty.call(message, "nTokens"))
                    object.nTokens = message.nTokens;
                if (message.rowK != null && $Object.hasOwnProperty.call(message, "rowK"))
                    object.rowK = message.rowK;
                if (message.rowV != null && $Object.hasOwnProperty.call(message, "rowV"))
                    object.rowV = message.rowV;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this KvTensorF16 to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.KvTensorF16
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KvTensorF16.prototype.toJSON = function() {
                return KvTensorF16.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KvTensorF16
             * @function getTypeUrl
             * @memberof kvmesh.v1.KvTensorF16
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KvTensorF16.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.KvTensorF16";
            };

            return KvTensorF16;
        })();

        v1.AnchorCorrectRequest = (function() {

            /**
             * Properties of an AnchorCorrectRequest.
             * @typedef {Object} kvmesh.v1.AnchorCorrectRequest.$Properties
             * @property {string|null} [kind] AnchorCorrectRequest kind
             * @property {string|null} [consumer] AnchorCorrectRequest consumer
             * @property {kvmesh.v1.KvTensorF16.$Properties|null} [content] AnchorCorrectRequest content
             * @property {boolean|null} [following] AnchorCorrectRequest following
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorCorrectRequest.
             * @memberof kvmesh.v1
             * @interface IAnchorCorrectRequest
             * @augments kvmesh.v1.AnchorCorrectRequest.$Properties
             * @deprecated Use kvmesh.v1.AnchorCorrectRequest.$Properties instead.
             */

            /**
             * Shape of an AnchorCorrectRequest.
             * @typedef {kvmesh.v1.AnchorCorrectRequest.$Properties} kvmesh.v1.AnchorCorrectRequest.$Shape
             */

            /**
             * Constructs a new AnchorCorrectRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorCorrectRequest.
             * @constructor
             * @param {kvmesh.v1.AnchorCorrectRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorCorrectRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnchorCorrectRequest kind.
             * @member {string} kind
             * @memberof kvmesh.v1.AnchorCorrectRequest
             * @instance
             */
            AnchorCorrectRequest.prototype.kind = "";

            /**
             * AnchorCorrectRequest consumer.
             * @member {string} consumer
             * @memberof kvmesh.v1.AnchorCorrectRequest
             * @instance
             */
            AnchorCorrectRequest.prototype.consumer = "";

            /**
             * AnchorCorrectRequest content.
             * @member {kvmesh.v1.KvTensorF16.$Properties|null|undefined} content
             * @memberof kvmesh.v1.AnchorCorrectRequest
             * @instance
             */
            AnchorCorrectRequest.prototype.content = null;

            /**
             * AnchorCorrectRequest following.
             * @member {boolean} following
             * @memberof kvmesh.v1.AnchorCorrectRequest
             * @instance
             */
            AnchorCorrectRequest.prototype.following = false;

            /**
             * Creates a new AnchorCorrectRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorCorrectRequest
             * @static
             * @param {kvmesh.v1.AnchorCorrectRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorCorrectRequest} AnchorCorrectRequest instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorCorrectRequest.$Shape): kvmesh.v1.AnchorCorrectRequest & kvmesh.v1.AnchorCorrectRequest.$Shape;
             *   (properties?: kvmesh.v1.AnchorCorrectRequest.$Properties): kvmesh.v1.AnchorCorrectRequest;
             * }}
             */
            AnchorCorrectRequest.create = function(properties) {
                return new AnchorCorrectRequest(properties);
            };

            /**
             * Encodes the specified AnchorCorrectRequest message. Does not implicitly {@link kvmesh.v1.AnchorCorrectRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorCorrectRequest
             * @static
             * @param {kvmesh.v1.AnchorCorrectRequest.$Properties} message AnchorCorrectRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorCorrectRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer") && message.consumer !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.consumer);
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    $root.kvmesh.v1.KvTensorF16.encode(message.content, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.following != null && $Object.hasOwnProperty.call(message, "following") && message.following !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.following);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorCorrectRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorCorrectRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectRequest & kvmesh.v1.AnchorCorrectRequest.$Shape} AnchorCorrectRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorCorrectRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorCorrectRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumer = value;
                            else
                                delete message.consumer;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.content = $root.kvmesh.v1.KvTensorF16.decode(reader, reader.size(), $undefined, _depth + 1, message.content);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.following = value;
                            else
                                delete message.following;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorCorrectRequest message.
             * @function verify
             * @memberof kvmesh.v1.AnchorCorrectRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorCorrectRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer"))
                    if (!$util.isString(message.consumer))
                        return "consumer: string expected";
                if (message.content != null && $Object.hasOwnProperty.call(message, "content")) {
                    let error = $root.kvmesh.v1.KvTensorF16.verify(message.content, _depth + 1);
                    if (error)
                        return "content." + error;
                }
                if (message.following != null && $Object.hasOwnProperty.call(message, "following"))
                    if (typeof message.following !== "boolean")
                        return "following: boolean expected";
                return null;
            };

            /**
             * Creates an AnchorCorrectRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorCorrectRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorCorrectRequest} AnchorCorrectRequest
             */
            AnchorCorrectRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorCorrectRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorCorrectRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.AnchorCorrectRequest();
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.consumer != null)
                    if (typeof object.consumer !== "string" || object.consumer.length)
                        message.consumer = $String(object.consumer);
                if (object.content != null) {
                    if (!$util.isObject(object.content))
                        throw $TypeError(".kvmesh.v1.AnchorCorrectRequest.content: object expected");
                    message.content = $root.kvmesh.v1.KvTensorF16.fromObject(object.content, _depth + 1);
                }
                if (object.following != null)
                    if (object.following)
                        message.following = $Boolean(object.following);
                return message;
            };

            /**
             * Creates a plain object from an AnchorCorrectRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorCorrectRequest
             * @static
             * @param {kvmesh.v1.AnchorCorrectRequest} message AnchorCorrectRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorCorrectRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = "";
                    object.consumer = "";
                    object.content = null;
                    object.following = false;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer"))
                    object.consumer = message.consumer;
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    object.content = $root.kvmesh.v1.KvTensorF16.toObject(message.content, options, _depth + 1);
                if (message.following != null && $Object.hasOwnProperty.call(message, "following"))
                    object.following = message.following;
                return object;
            };

            /**
             * Converts this AnchorCorrectRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorCorrectRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorCorrectRequest.prototype.toJSON = function() {
                return AnchorCorrectRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorCorrectRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorCorrectRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorCorrectRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorCorrectRequest";
            };

            return AnchorCorrectRequest;
        })();

        v1.AnchorReuseDecision = (function() {

            /**
             * Properties of an AnchorReuseDecision.
             * @typedef {Object} kvmesh.v1.AnchorReuseDecision.$Properties
             * @property {boolean|null} [reusable] AnchorReuseDecision reusable
             * @property {string|null} [reason] AnchorReuseDecision reason
             * @property {number|null} [entropy] AnchorReuseDecision entropy
             * @property {number|null} [threshold] AnchorReuseDecision threshold
             * @property {Array.<number>|null} [weights] AnchorReuseDecision weights
             * @property {Array.<string>|null} [anchorIds] AnchorReuseDecision anchorIds
             * @property {Array.<number>|null} [distances] AnchorReuseDecision distances
             * @property {Array.<string>|null} [selected] AnchorReuseDecision selected
             * @property {number|null} [relDistance] AnchorReuseDecision relDistance
             * @property {number|null} [k] AnchorReuseDecision k
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorReuseDecision.
             * @memberof kvmesh.v1
             * @interface IAnchorReuseDecision
             * @augments kvmesh.v1.AnchorReuseDecision.$Properties
             * @deprecated Use kvmesh.v1.AnchorReuseDecision.$Properties instead.
             */

            /**
             * Shape of an AnchorReuseDecision.
             * @typedef {kvmesh.v1.AnchorReuseDecision.$Properties} kvmesh.v1.AnchorReuseDecision.$Shape
             */

            /**
             * Constructs a new AnchorReuseDecision.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorReuseDecision.
             * @constructor
             * @param {kvmesh.v1.AnchorReuseDecision.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorReuseDecision = function (properties) {
                this.weights = [];
                this.anchorIds = [];
                this.distances = [];
                this.selected = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnchorReuseDecision reusable.
             * @member {boolean} reusable
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @instance
             */
            AnchorReuseDecision.prototype.reusable = false;

            /**
             * AnchorReuseDecision reason.
             * @member {string} reason
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @instance
             */
            AnchorReuseDecision.prototype.reason = "";

            /**
             * AnchorReuseDecision entropy.
             * @member {number} entropy
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @instance
             */
            AnchorReuseDecision.prototype.entropy = 0;

            /**
             * AnchorReuseDecision threshold.
             * @member {number} threshold
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @instance
             */
            AnchorReuseDecision.prototype.threshold = 0;

            /**
             * AnchorReuseDecision weights.
             * @member {Array.<number>} weights
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @instance
             */
            AnchorReuseDecision.prototype.weights = $util.emptyArray;

            /**
             * AnchorReuseDecision anchorIds.
             * @member {Array.<string>} anchorIds
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @instance
             */
            AnchorReuseDecision.prototype.anchorIds = $util.emptyArray;

            /**
             * AnchorReuseDecision distances.
             * @member {Array.<number>} distances
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @instance
             */
            AnchorReuseDecision.prototype.distances = $util.emptyArray;

            /**
             * AnchorReuseDecision selected.
             * @member {Array.<string>} selected
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @instance
             */
            AnchorReuseDecision.prototype.selected = $util.emptyArray;

            /**
             * AnchorReuseDecision relDistance.
             * @member {number} relDistance
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @instance
             */
            AnchorReuseDecision.prototype.relDistance = 0;

            /**
             * AnchorReuseDecision k.
             * @member {number} k
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @instance
             */
            AnchorReuseDecision.prototype.k = 0;

            /**
             * Creates a new AnchorReuseDecision instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @static
             * @param {kvmesh.v1.AnchorReuseDecision.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorReuseDecision} AnchorReuseDecision instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorReuseDecision.$Shape): kvmesh.v1.AnchorReuseDecision & kvmesh.v1.AnchorReuseDecision.$Shape;
             *   (properties?: kvmesh.v1.AnchorReuseDecision.$Properties): kvmesh.v1.AnchorReuseDecision;
             * }}
             */
            AnchorReuseDecision.create = function(properties) {
                return new AnchorReuseDecision(properties);
            };

            /**
             * Encodes the specified AnchorReuseDecision message. Does not implicitly {@link kvmesh.v1.AnchorReuseDecision.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @static
             * @param {kvmesh.v1.AnchorReuseDecision.$Properties} message AnchorReuseDecision message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorReuseDecision.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reusable != null && $Object.hasOwnProperty.call(message, "reusable") && message.reusable !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.reusable);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.entropy != null && $Object.hasOwnProperty.call(message, "entropy") && !$Object.is(message.entropy, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.entropy);
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && !$Object.is(message.threshold, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.threshold);
                if (message.weights != null && message.weights.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).doubles(message.weights);
                if (message.anchorIds != null && message.anchorIds.length)
                    for (let i = 0; i < message.anchorIds.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.anchorIds[i]);
                if (message.distances != null && message.distances.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).doubles(message.distances);
                if (message.selected != null && message.selected.length)
                    for (let i = 0; i < message.selected.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.selected[i]);
                if (message.relDistance != null && $Object.hasOwnProperty.call(message, "relDistance") && !$Object.is(message.relDistance, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.relDistance);
                if (message.k != null && $Object.hasOwnProperty.call(message, "k") && message.k !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.k);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorReuseDecision message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorReuseDecision & kvmesh.v1.AnchorReuseDecision.$Shape} AnchorReuseDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorReuseDecision.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorReuseDecision();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reusable = value;
                            else
                                delete message.reusable;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.entropy = value;
                            else
                                delete message.entropy;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.weights && message.weights.length))
                                    message.weights = [];
                                reader.doubles(message.weights);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.weights && message.weights.length))
                                message.weights = [];
                            message.weights.push(reader.double());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.anchorIds && message.anchorIds.length))
                                message.anchorIds = [];
                            message.anchorIds.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.distances && message.distances.length))
                                    message.distances = [];
                                reader.doubles(message.distances);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.distances && message.distances.length))
                                message.distances = [];
                            message.distances.push(reader.double());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.selected && message.selected.length))
                                message.selected = [];
                            message.selected.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.relDistance = value;
                            else
                                delete message.relDistance;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.k = value;
                            else
                                delete message.k;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorReuseDecision message.
             * @function verify
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorReuseDecision.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reusable != null && $Object.hasOwnProperty.call(message, "reusable"))
                    if (typeof message.reusable !== "boolean")
                        return "reusable: boolean expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.entropy != null && $Object.hasOwnProperty.call(message, "entropy"))
                    if (typeof message.entropy !== "number")
                        return "entropy: number expected";
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    if (typeof message.threshold !== "number")
                        return "threshold: number expected";
                if (message.weights != null && $Object.hasOwnProperty.call(message, "weights")) {
                    if (!$Array.isArray(message.weights))
                        return "weights: array expected";
                    for (let i = 0; i < message.weights.length; ++i)
                        if (typeof message.weights[i] !== "number")
                            return "weights: number[] expected";
                }
                if (message.anchorIds != null && $Object.hasOwnProperty.call(message, "anchorIds")) {
                    if (!$Array.isArray(message.anchorIds))
                        return "anchorIds: array expected";
                    for (let i = 0; i < message.anchorIds.length; ++i)
                        if (!$util.isString(message.anchorIds[i]))
                            return "anchorIds: string[] expected";
                }
                if (message.distances != null && $Object.hasOwnProperty.call(message, "distances")) {
                    if (!$Array.isArray(message.distances))
                        return "distances: array expected";
                    for (let i = 0; i < message.distances.length; ++i)
                        if (typeof message.distances[i] !== "number")
                            return "distances: number[] expected";
                }
                if (message.selected != null && $Object.hasOwnProperty.call(message, "selected")) {
                    if (!$Array.isArray(message.selected))
                        return "selected: array expected";
                    for (let i = 0; i < message.selected.length; ++i)
                        if (!$util.isString(message.selected[i]))
                            return "selected: string[] expected";
                }
                if (message.relDistance != null && $Object.hasOwnProperty.call(message, "relDistance"))
                    if (typeof message.relDistance !== "number")
                        return "relDistance: number expected";
                if (message.k != null && $Object.hasOwnProperty.call(message, "k"))
                    if (!$util.isInteger(message.k))
                        return "k: integer expected";
                return null;
            };

            /**
             * Creates an AnchorReuseDecision message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorReuseDecision} AnchorReuseDecision
             */
            AnchorReuseDecision.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorReuseDecision)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorReuseDecision: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.AnchorReuseDecision();
                if (object.reusable != null)
                    if (object.reusable)
                        message.reusable = $Boolean(object.reusable);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.entropy != null)
                    if (!$Object.is($Number(object.entropy), 0))
                        message.entropy = $Number(object.entropy);
                if (object.threshold != null)
                    if (!$Object.is($Number(object.threshold), 0))
                        message.threshold = $Number(object.threshold);
                if (object.weights) {
                    if (!$Array.isArray(object.weights))
                        throw $TypeError(".kvmesh.v1.AnchorReuseDecision.weights: array expected");
                    message.weights = $Array(object.weights.length);
                    for (let i = 0; i < object.weights.length; ++i)
                        message.weights[i] = $Number(object.weights[i]);
                }
                if (object.anchorIds) {
                    if (!$Array.isArray(object.anchorIds))
                        throw $TypeError(".kvmesh.v1.AnchorReuseDecision.anchorIds: array expected");
                    message.anchorIds = $Array(object.anchorIds.length);
                    for (let i = 0; i < object.anchorIds.length; ++i)
                        message.anchorIds[i] = $String(object.anchorIds[i]);
                }
                if (object.distances) {
                    if (!$Array.isArray(object.distances))
                        throw $TypeError(".kvmesh.v1.AnchorReuseDecision.distances: array expected");
                    message.distances = $Array(object.distances.length);
                    for (let i = 0; i < object.distances.length; ++i)
                        message.distances[i] = $Number(object.distances[i]);
                }
                if (object.selected) {
                    if (!$Array.isArray(object.selected))
                        throw $TypeError(".kvmesh.v1.AnchorReuseDecision.selected: array expected");
                    message.selected = $Array(object.selected.length);
                    for (let i = 0; i < object.selected.length; ++i)
                        message.selected[i] = $String(object.selected[i]);
                }
                if (object.relDistance != null)
                    if (!$Object.is($Number(object.relDistance), 0))
                        message.relDistance = $Number(object.relDistance);
                if (object.k != null)
                    if ($Number(object.k) !== 0)
                        message.k = object.k >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an AnchorReuseDecision message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @static
             * @param {kvmesh.v1.AnchorReuseDecision} message AnchorReuseDecision
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorReuseDecision.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.weights = [];
                    object.anchorIds = [];
                    object.distances = [];
                    object.selected = [];
                }
                if (options.defaults) {
                    object.reusable = false;
                    object.reason = "";
                    object.entropy = 0;
                    object.threshold = 0;
                    object.relDistance = 0;
                    object.k = 0;
                }
                if (message.reusable != null && $Object.hasOwnProperty.call(message, "reusable"))
                    object.reusable = message.reusable;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.entropy != null && $Object.hasOwnProperty.call(message, "entropy"))
                    object.entropy = options.json && !$isFinite(message.entropy) ? $String(message.entropy) : message.entropy;
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold"))
                    object.threshold = options.json && !$isFinite(message.threshold) ? $String(message.threshold) : message.threshold;
                if (message.weights && message.weights.length) {
                    object.weights = $Array(message.weights.length);
                    for (let j = 0; j < message.weights.length; ++j)
                        object.weights[j] = options.json && !$isFinite(message.weights[j]) ? $String(message.weights[j]) : message.weights[j];
                }
                if (message.anchorIds && message.anchorIds.length) {
                    object.anchorIds = $Array(message.anchorIds.length);
                    for (let j = 0; j < message.anchorIds.length; ++j)
                        object.anchorIds[j] = message.anchorIds[j];
                }
                if (message.distances && message.distances.length) {
                    object.distances = $Array(message.distances.length);
                    for (let j = 0; j < message.distances.length; ++j)
                        object.distances[j] = options.json && !$isFinite(message.distances[j]) ? $String(message.distances[j]) : message.distances[j];
                }
                if (message.selected && message.selected.length) {
                    object.selected = $Array(message.selected.length);
                    for (let j = 0; j < message.selected.length; ++j)
                        object.selected[j] = message.selected[j];
                }
                if (message.relDistance != null && $Object.hasOwnProperty.call(message, "relDistance"))
                    object.relDistance = options.json && !$isFinite(message.relDistance) ? $String(message.relDistance) : message.relDistance;
                if (message.k != null && $Object.hasOwnProperty.call(message, "k"))
                    object.k = message.k;
                return object;
            };

            /**
             * Converts this AnchorReuseDecision to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorReuseDecision.prototype.toJSON = function() {
                return AnchorReuseDecision.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorReuseDecision
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorReuseDecision
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorReuseDecision.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorReuseDecision";
            };

            return AnchorReuseDecision;
        })();

        v1.AnchorCorrected = (function() {

            /**
             * Properties of an AnchorCorrected.
             * @typedef {Object} kvmesh.v1.AnchorCorrected.$Properties
             * @property {kvmesh.v1.KvTensorF16.$Properties|null} [kv] AnchorCorrected kv
             * @property {Array.<number>|null} [uncertainty] AnchorCorrected uncertainty
             * @property {Array.<string>|null} [anchorIds] AnchorCorrected anchorIds
             * @property {kvmesh.v1.KvTensorF16.$Properties|null} [following] AnchorCorrected following
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorCorrected.
             * @memberof kvmesh.v1
             * @interface IAnchorCorrected
             * @augments kvmesh.v1.AnchorCorrected.$Properties
             * @deprecated Use kvmesh.v1.AnchorCorrected.$Properties instead.
             */

            /**
             * Shape of an AnchorCorrected.
             * @typedef {kvmesh.v1.AnchorCorrected.$Properties} kvmesh.v1.AnchorCorrected.$Shape
             */

            /**
             * Constructs a new AnchorCorrected.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorCorrected.
             * @constructor
             * @param {kvmesh.v1.AnchorCorrected.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorCorrected = function (properties) {
                this.uncertainty = [];
                this.anchorIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnchorCorrected kv.
             * @member {kvmesh.v1.KvTensorF16.$Properties|null|undefined} kv
             * @memberof kvmesh.v1.AnchorCorrected
             * @instance
             */
            AnchorCorrected.prototype.kv = null;

            /**
             * AnchorCorrected uncertainty.
             * @member {Array.<number>} uncertainty
             * @memberof kvmesh.v1.AnchorCorrected
             * @instance
             */
            AnchorCorrected.prototype.uncertainty = $util.emptyArray;

            /**
             * AnchorCorrected anchorIds.
             * @member {Array.<string>} anchorIds
             * @memberof kvmesh.v1.AnchorCorrected
             * @instance
             */
            AnchorCorrected.prototype.anchorIds = $util.emptyArray;

            /**
             * AnchorCorrected following.
             * @member {kvmesh.v1.KvTensorF16.$Properties|null|undefined} following
             * @memberof kvmesh.v1.AnchorCorrected
             * @instance
             */
            AnchorCorrected.prototype.following = null;

            /**
             * Creates a new AnchorCorrected instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorCorrected
             * @static
             * @param {kvmesh.v1.AnchorCorrected.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorCorrected} AnchorCorrected instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorCorrected.$Shape): kvmesh.v1.AnchorCorrected & kvmesh.v1.AnchorCorrected.$Shape;
             *   (properties?: kvmesh.v1.AnchorCorrected.$Properties): kvmesh.v1.AnchorCorrected;
             * }}
             */
            AnchorCorrected.create = function(properties) {
                return new AnchorCorrected(properties);
            };

            /**
             * Encodes the specified AnchorCorrected message. Does not implicitly {@link kvmesh.v1.AnchorCorrected.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorCorrected
             * @static
             * @param {kvmesh.v1.AnchorCorrected.$Properties} message AnchorCorrected message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorCorrected.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kv != null && $Object.hasOwnProperty.call(message, "kv"))
                    $root.kvmesh.v1.KvTensorF16.encode(message.kv, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.uncertainty != null && message.uncertainty.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).floats(message.uncertainty);
                if (message.anchorIds != null && message.anchorIds.length)
                    for (let i = 0; i < message.anchorIds.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.anchorIds[i]);
                if (message.following != null && $Object.hasOwnProperty.call(message, "following"))
                    $root.kvmesh.v1.KvTensorF16.encode(message.following, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorCorrected message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorCorrected
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrected & kvmesh.v1.AnchorCorrected.$Shape} AnchorCorrected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorCorrected.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorCorrected();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.kv = $root.kvmesh.v1.KvTensorF16.decode(reader, reader.size(), $undefined, _depth + 1, message.kv);
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.uncertainty && message.uncertainty.length))
                                    message.uncertainty = [];
                                reader.floats(message.uncertainty);
                                continue;
                            }
                            if (wireType !== 5)
                                break;
                            if (!(message.uncertainty && message.uncertainty.length))
                                message.uncertainty = [];
                            message.uncertainty.push(reader.float());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.anchorIds && message.anchorIds.length))
                                message.anchorIds = [];
                            message.anchorIds.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.following = $root.kvmesh.v1.KvTensorF16.decode(reader, reader.size(), $undefined, _depth + 1, message.following);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorCorrected message.
             * @function verify
             * @memberof kvmesh.v1.AnchorCorrected
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorCorrected.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kv != null && $Object.hasOwnProperty.call(message, "kv")) {
                    let error = $root.kvmesh.v1.KvTensorF16.verify(message.kv, _depth + 1);
                    if (error)
                        return "kv." + error;
                }
                if (message.uncertainty != null && $Object.hasOwnProperty.call(message, "uncertainty")) {
                    if (!$Array.isArray(message.uncertainty))
                        return "uncertainty: array expected";
                    for (let i = 0; i < message.uncertainty.length; ++i)
                        if (typeof message.uncertainty[i] !== "number")
                            return "uncertainty: number[] expected";
                }
                if (message.anchorIds != null && $Object.hasOwnProperty.call(message, "anchorIds")) {
                    if (!$Array.isArray(message.anchorIds))
                        return "anchorIds: array expected";
                    for (let i = 0; i < message.anchorIds.length; ++i)
                        if (!$util.isString(message.anchorIds[i]))
                            return "anchorIds: string[] expected";
                }
                if (message.following != null && $Object.hasOwnProperty.call(message, "following")) {
                    let error = $root.kvmesh.v1.KvTensorF16.verify(message.following, _depth + 1);
                    if (error)
                        return "following." + error;
                }
                return null;
            };

            /**
             * Creates an AnchorCorrected message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorCorrected
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorCorrected} AnchorCorrected
             */
            AnchorCorrected.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorCorrected)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorCorrected: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.AnchorCorrected();
                if (object.kv != null) {
                    if (!$util.isObject(object.kv))
                        throw $TypeError(".kvmesh.v1.AnchorCorrected.kv: object expected");
                    message.kv = $root.kvmesh.v1.KvTensorF16.fromObject(object.kv, _depth + 1);
                }
                if (object.uncertainty) {
                    if (!$Array.isArray(object.uncertainty))
                        throw $TypeError(".kvmesh.v1.AnchorCorrected.uncertainty: array expected");
                    message.uncertainty = $Array(object.uncertainty.length);
                    for (let i = 0; i < object.uncertainty.length; ++i)
                        message.uncertainty[i] = $Number(object.uncertainty[i]);
                }
                if (object.anchorIds) {
                    if (!$Array.isArray(object.anchorIds))
                        throw $TypeError(".kvmesh.v1.AnchorCorrected.anchorIds: array expected");
                    message.anchorIds = $Array(object.anchorIds.length);
                    for (let i = 0; i < object.anchorIds.length; ++i)
                        message.anchorIds[i] = $String(object.anchorIds[i]);
                }
                if (object.following != null) {
                    if (!$util.isObject(object.following))
                        throw $TypeError(".kvmesh.v1.AnchorCorrected.following: object expected");
                    message.following = $root.kvmesh.v1.KvTensorF16.fromObject(object.following, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AnchorCorrected message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorCorrected
             * @static
             * @param {kvmesh.v1.AnchorCorrected} message AnchorCorrected
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorCorrected.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.uncertainty = [];
                    object.anchorIds = [];
                }
                if (options.defaults) {
                    object.kv = null;
                    object.following = null;
                }
                if (message.kv != null && $Object.hasOwnProperty.call(message, "kv"))
                    object.kv = $root.kvmesh.v1.KvTensorF16.toObject(message.kv, options, _depth + 1);
                if (message.uncertainty && message.uncertainty.length) {
                    object.uncertainty = $Array(message.uncertainty.length);
                    for (let j = 0; j < message.uncertainty.length; ++j)
                        object.uncertainty[j] = options.json && !$isFinite(message.uncertainty[j]) ? $String(message.uncertainty[j]) : message.uncertainty[j];
                }
                if (message.anchorIds && message.anchorIds.length) {
                    object.anchorIds = $Array(message.anchorIds.length);
                    for (let j = 0; j < message.anchorIds.length; ++j)
                        object.anchorIds[j] = message.anchorIds[j];
                }
                if (message.following != null && $Object.hasOwnProperty.call(message, "following"))
                    object.following = $root.kvmesh.v1.KvTensorF16.toObject(message.following, options, _depth + 1);
                return object;
            };

            /**
             * Converts this AnchorCorrected to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorCorrected
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorCorrected.prototype.toJSON = function() {
                return AnchorCorrected.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorCorrected
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorCorrected
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorCorrected.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorCorrected";
            };

            return AnchorCorrected;
        })();

        v1.AnchorPrefill = (function() {

            /**
             * Properties of an AnchorPrefill.
             * @typedef {Object} kvmesh.v1.AnchorPrefill.$Properties
             * @property {string|null} [reason] AnchorPrefill reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorPrefill.
             * @memberof kvmesh.v1
             * @interface IAnchorPrefill
             * @augments kvmesh.v1.AnchorPrefill.$Properties
             * @deprecated Use kvmesh.v1.AnchorPrefill.$Properties instead.
             */

            /**
             * Shape of an AnchorPrefill.
             * @typedef {kvmesh.v1.AnchorPrefill.$Properties} kvmesh.v1.AnchorPrefill.$Shape
             */

            /**
             * Constructs a new AnchorPrefill.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorPrefill.
             * @constructor
             * @param {kvmesh.v1.AnchorPrefill.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorPrefill = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnchorPrefill reason.
             * @member {string} reason
             * @memberof kvmesh.v1.AnchorPrefill
             * @instance
             */
            AnchorPrefill.prototype.reason = "";

            /**
             * Creates a new AnchorPrefill instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorPrefill
             * @static
             * @param {kvmesh.v1.AnchorPrefill.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorPrefill} AnchorPrefill instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorPrefill.$Shape): kvmesh.v1.AnchorPrefill & kvmesh.v1.AnchorPrefill.$Shape;
             *   (properties?: kvmesh.v1.AnchorPrefill.$Properties): kvmesh.v1.AnchorPrefill;
             * }}
             */
            AnchorPrefill.create = function(properties) {
                return new AnchorPrefill(properties);
            };

            /**
             * Encodes the specified AnchorPrefill message. Does not implicitly {@link kvmesh.v1.AnchorPrefill.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorPrefill
             * @static
             * @param {kvmesh.v1.AnchorPrefill.$Properties} message AnchorPrefill message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorPrefill.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorPrefill message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorPrefill
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorPrefill & kvmesh.v1.AnchorPrefill.$Shape} AnchorPrefill
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorPrefill.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorPrefill();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorPrefill message.
             * @function verify
             * @memberof kvmesh.v1.AnchorPrefill
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorPrefill.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates an AnchorPrefill message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorPrefill
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorPrefill} AnchorPrefill
             */
            AnchorPrefill.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorPrefill)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorPrefill: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.AnchorPrefill();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from an AnchorPrefill message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorPrefill
             * @static
             * @param {kvmesh.v1.AnchorPrefill} message AnchorPrefill
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorPrefill.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.reason = "";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this AnchorPrefill to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorPrefill
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorPrefill.prototype.toJSON = function() {
                return AnchorPrefill.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorPrefill
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorPrefill
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorPrefill.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorPrefill";
            };

            return AnchorPrefill;
        })();

        v1.AnchorCorrectReply = (function() {

            /**
             * Properties of an AnchorCorrectReply.
             * @typedef {Object} kvmesh.v1.AnchorCorrectReply.$Properties
             * @property {kvmesh.v1.AnchorCorrected.$Properties|null} [corrected] AnchorCorrectReply corrected
             * @property {kvmesh.v1.AnchorPrefill.$Properties|null} [prefill] AnchorCorrectReply prefill
             * @property {kvmesh.v1.AnchorReuseDecision.$Properties|null} [decision] AnchorCorrectReply decision
             * @property {"corrected"|"prefill"} [kind] AnchorCorrectReply kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorCorrectReply.
             * @memberof kvmesh.v1
             * @interface IAnchorCorrectReply
             * @augments kvmesh.v1.AnchorCorrectReply.$Properties
             * @deprecated Use kvmesh.v1.AnchorCorrectReply.$Properties instead.
             */

            /**
             * Narrowed shape of an AnchorCorrectReply.
             * @typedef {{
             *   corrected?: kvmesh.v1.AnchorCorrected.$Shape|null;
             *   prefill?: kvmesh.v1.AnchorPrefill.$Shape|null;
             *   decision?: kvmesh.v1.AnchorReuseDecision.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; corrected?: null; prefill?: null }|{ kind?: "corrected"; corrected: kvmesh.v1.AnchorCorrected.$Shape; prefill?: null }|{ kind?: "prefill"; corrected?: null; prefill: kvmesh.v1.AnchorPrefill.$Shape })
             * )} kvmesh.v1.AnchorCorrectReply.$Shape
             */

            /**
             * Constructs a new AnchorCorrectReply.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorCorrectReply.
             * @constructor
             * @param {kvmesh.v1.AnchorCorrectReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorCorrectReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnchorCorrectReply corrected.
             * @member {kvmesh.v1.AnchorCorrected.$Properties|null|undefined} corrected
             * @memberof kvmesh.v1.AnchorCorrectReply
             * @instance
             */
            AnchorCorrectReply.prototype.corrected = null;

            /**
             * AnchorCorrectReply prefill.
             * @member {kvmesh.v1.AnchorPrefill.$Properties|null|undefined} prefill
             * @memberof kvmesh.v1.AnchorCorrectReply
             * @instance
             */
            AnchorCorrectReply.prototype.prefill = null;

            /**
             * AnchorCorrectReply decision.
             * @member {kvmesh.v1.AnchorReuseDecision.$Properties|null|undefined} decision
             * @memberof kvmesh.v1.AnchorCorrectReply
             * @instance
             */
            AnchorCorrectReply.prototype.decision = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * AnchorCorrectReply kind.
             * @member {"corrected"|"prefill"|undefined} kind
             * @memberof kvmesh.v1.AnchorCorrectReply
             * @instance
             */
            $Object.defineProperty(AnchorCorrectReply.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["corrected", "prefill"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AnchorCorrectReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorCorrectReply
             * @static
             * @param {kvmesh.v1.AnchorCorrectReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorCorrectReply} AnchorCorrectReply instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorCorrectReply.$Shape): kvmesh.v1.AnchorCorrectReply & kvmesh.v1.AnchorCorrectReply.$Shape;
             *   (properties?: kvmesh.v1.AnchorCorrectReply.$Properties): kvmesh.v1.AnchorCorrectReply;
             * }}
             */
            AnchorCorrectReply.create = function(properties) {
                return new AnchorCorrectReply(properties);
            };

            /**
             * Encodes the specified AnchorCorrectReply message. Does not implicitly {@link kvmesh.v1.AnchorCorrectReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorCorrectReply
             * @static
             * @param {kvmesh.v1.AnchorCorrectReply.$Properties} message AnchorCorrectReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorCorrectReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.corrected != null && $Object.hasOwnProperty.call(message, "corrected"))
                    $root.kvmesh.v1.AnchorCorrected.encode(message.corrected, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.prefill != null && $Object.hasOwnProperty.call(message, "prefill"))
                    $root.kvmesh.v1.AnchorPrefill.encode(message.prefill, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision"))
                    $root.kvmesh.v1.AnchorReuseDecision.encode(message.decision, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorCorrectReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorCorrectReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectReply & kvmesh.v1.AnchorCorrectReply.$Shape} AnchorCorrectReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorCorrectReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorCorrectReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.corrected = $root.kvmesh.v1.AnchorCorrected.decode(reader, reader.size(), $undefined, _depth + 1, message.corrected);
                            message.kind = "corrected";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.prefill = $root.kvmesh.v1.AnchorPrefill.decode(reader, reader.size(), $undefined, _depth + 1, message.prefill);
                            message.kind = "prefill";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.decision = $root.kvmesh.v1.AnchorReuseDecision.decode(reader, reader.size(), $undefined, _depth + 1, message.decision);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorCorrectReply message.
             * @function verify
             * @memberof kvmesh.v1.AnchorCorrectReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorCorrectReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.corrected != null && $Object.hasOwnProperty.call(message, "corrected")) {
                    properties.kind = 1;
                    {
                        let error = $root.kvmesh.v1.AnchorCorrected.verify(message.corrected, _depth + 1);
                        if (error)
                            return "corrected." + error;
                    }
                }
                if (message.prefill != null && $Object.hasOwnProperty.call(message, "prefill")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.kvmesh.v1.AnchorPrefill.verify(message.prefill, _depth + 1);
                        if (error)
                            return "prefill." + error;
                    }
                }
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision")) {
                    let error = $root.kvmesh.v1.AnchorReuseDecision.verify(message.decision, _depth + 1);
                    if (error)
                        return "decision." + error;
                }
                return null;
            };

            /**
             * Creates an AnchorCorrectReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorCorrectReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorCorrectReply} AnchorCorrectReply
             */
            AnchorCorrectReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorCorrectReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorCorrectReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.AnchorCorrectReply();
                if (object.corrected != null) {
                    if (!$util.isObject(object.corrected))
                        throw $TypeError(".kvmesh.v1.AnchorCorrectReply.corrected: object expected");
                    message.corrected = $root.kvmesh.v1.AnchorCorrected.fromObject(object.corrected, _depth + 1);
                }
                if (object.prefill != null) {
                    if (!$util.isObject(object.prefill))
                        throw $TypeError(".kvmesh.v1.AnchorCorrectReply.prefill: object expected");
                    message.prefill = $root.kvmesh.v1.AnchorPrefill.fromObject(object.prefill, _depth + 1);
                }
                if (object.decision != null) {
                    if (!$util.isObject(object.decision))
                        throw $TypeError(".kvmesh.v1.AnchorCorrectReply.decision: object expected");
                    message.decision = $root.kvmesh.v1.AnchorReuseDecision.fromObject(object.decision, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AnchorCorrectReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorCorrectReply
             * @static
             * @param {kvmesh.v1.AnchorCorrectReply} message AnchorCorrectReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorCorrectReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.decision = null;
                if (message.corrected != null && $Object.hasOwnProperty.call(message, "corrected")) {
                    object.corrected = $root.kvmesh.v1.AnchorCorrected.toObject(message.corrected, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "corrected";
                }
                if (message.prefill != null && $Object.hasOwnProperty.call(message, "prefill")) {
                    object.prefill = $root.kvmesh.v1.AnchorPrefill.toObject(message.prefill, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "prefill";
                }
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision"))
                    object.decision = $root.kvmesh.v1.AnchorReuseDecision.toObject(message.decision, options, _depth + 1);
                return object;
            };

            /**
             * Converts this AnchorCorrectReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorCorrectReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorCorrectReply.prototype.toJSON = function() {
                return AnchorCorrectReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorCorrectReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorCorrectReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorCorrectReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorCorrectReply";
            };

            return AnchorCorrectReply;
        })();

        v1.AnchorObserveRequest = (function() {

            /**
             * Properties of an AnchorObserveRequest.
             * @typedef {Object} kvmesh.v1.AnchorObserveRequest.$Properties
             * @property {string|null} [kind] AnchorObserveRequest kind
             * @property {string|null} [consumer] AnchorObserveRequest consumer
             * @property {string|null} [contentId] AnchorObserveRequest contentId
             * @property {kvmesh.v1.KvTensorF16.$Properties|null} [base] AnchorObserveRequest base
             * @property {kvmesh.v1.KvTensorF16.$Properties|null} [real] AnchorObserveRequest real
             * @property {kvmesh.v1.KvTensorF16.$Properties|null} [following] AnchorObserveRequest following
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorObserveRequest.
             * @memberof kvmesh.v1
             * @interface IAnchorObserveRequest
             * @augments kvmesh.v1.AnchorObserveRequest.$Properties
             * @deprecated Use kvmesh.v1.AnchorObserveRequest.$Properties instead.
             */

            /**
             * Shape of an AnchorObserveRequest.
             * @typedef {kvmesh.v1.AnchorObserveRequest.$Properties} kvmesh.v1.AnchorObserveRequest.$Shape
             */

            /**
             * Constructs a new AnchorObserveRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorObserveRequest.
             * @constructor
             * @param {kvmesh.v1.AnchorObserveRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorObserveRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnchorObserveRequest kind.
             * @member {string} kind
             * @memberof kvmesh.v1.AnchorObserveRequest
             * @instance
             */
            AnchorObserveRequest.prototype.kind = "";

            /**
             * AnchorObserveRequest consumer.
             * @member {string} consumer
             * @memberof kvmesh.v1.AnchorObserveRequest
             * @instance
             */
            AnchorObserveRequest.prototype.consumer = "";

            /**
             * AnchorObserveRequest contentId.
             * @member {string} contentId
             * @memberof kvmesh.v1.AnchorObserveRequest
             * @instance
             */
            AnchorObserveRequest.prototype.contentId = "";

            /**
             * AnchorObserveRequest base.
             * @member {kvmesh.v1.KvTensorF16.$Properties|null|undefined} base
             * @memberof kvmesh.v1.AnchorObserveRequest
             * @instance
             */
            AnchorObserveRequest.prototype.base = null;

            /**
             * AnchorObserveRequest real.
             * @member {kvmesh.v1.KvTensorF16.$Properties|null|undefined} real
             * @memberof kvmesh.v1.AnchorObserveRequest
             * @instance
             */
            AnchorObserveRequest.prototype.real = null;

            /**
             * AnchorObserveRequest following.
             * @member {kvmesh.v1.KvTensorF16.$Properties|null|undefined} following
             * @memberof kvmesh.v1.AnchorObserveRequest
             * @instance
             */
            AnchorObserveRequest.prototype.following = null;

            /**
             * Creates a new AnchorObserveRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorObserveRequest
             * @static
             * @param {kvmesh.v1.AnchorObserveRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorObserveRequest} AnchorObserveRequest instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorObserveRequest.$Shape): kvmesh.v1.AnchorObserveRequest & kvmesh.v1.AnchorObserveRequest.$Shape;
             *   (properties?: kvmesh.v1.AnchorObserveRequest.$Properties): kvmesh.v1.AnchorObserveRequest;
             * }}
             */
            AnchorObserveRequest.create = function(properties) {
                return new AnchorObserveRequest(properties);
            };

            /**
             * Encodes the specified AnchorObserveRequest message. Does not implicitly {@link kvmesh.v1.AnchorObserveRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorObserveRequest
             * @static
             * @param {kvmesh.v1.AnchorObserveRequest.$Properties} message AnchorObserveRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorObserveRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer") && message.consumer !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.consumer);
                if (message.contentId != null && $Object.hasOwnProperty.call(message, "contentId") && message.contentId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.contentId);
                if (message.base != null && $Object.hasOwnProperty.call(message, "base"))
                    $root.kvmesh.v1.KvTensorF16.encode(message.base, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.real != null && $Object.hasOwnProperty.call(message, "real"))
                    $root.kvmesh.v1.KvTensorF16.encode(message.real, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.following != null && $Object.hasOwnProperty.call(message, "following"))
                    $root.kvmesh.v1.KvTensorF16.encode(message.following, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorObserveRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorObserveRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorObserveRequest & kvmesh.v1.AnchorObserveRequest.$Shape} AnchorObserveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorObserveRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorObserveRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumer = value;
                            else
                                delete message.consumer;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contentId = value;
                            else
                                delete message.contentId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.base = $root.kvmesh.v1.KvTensorF16.decode(reader, reader.size(), $undefined, _depth + 1, message.base);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.real = $root.kvmesh.v1.KvTensorF16.decode(reader, reader.size(), $undefined, _depth + 1, message.real);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.following = $root.kvmesh.v1.KvTensorF16.decode(reader, reader.size(), $undefined, _depth + 1, message.following);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorObserveRequest message.
             * @function verify
             * @memberof kvmesh.v1.AnchorObserveRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorObserveRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer"))
                    if (!$util.isString(message.consumer))
                        return "consumer: string expected";
                if (message.contentId != null && $Object.hasOwnProperty.call(message, "contentId"))
                    if (!$util.isString(message.contentId))
                        return "contentId: string expected";
                if (message.base != null && $Object.hasOwnProperty.call(message, "base")) {
                    let error = $root.kvmesh.v1.KvTensorF16.verify(message.base, _depth + 1);
                    if (error)
                        return "base." + error;
                }
                if (message.real != null && $Object.hasOwnProperty.call(message, "real")) {
                    let error = $root.kvmesh.v1.KvTensorF16.verify(message.real, _depth + 1);
                    if (error)
                        return "real." + error;
                }
                if (message.following != null && $Object.hasOwnProperty.call(message, "following")) {
                    let error = $root.kvmesh.v1.KvTensorF16.verify(message.following, _depth + 1);
                    if (error)
                        return "following." + error;
                }
                return null;
            };

            /**
             * Creates an AnchorObserveRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorObserveRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorObserveRequest} AnchorObserveRequest
             */
            AnchorObserveRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorObserveRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorObserveRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.AnchorObserveRequest();
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.consumer != null)
                    if (typeof object.consumer !== "string" || object.consumer.length)
                        message.consumer = $String(object.consumer);
                if (object.contentId != null)
                    if (typeof object.contentId !== "string" || object.contentId.length)
                        message.contentId = $String(object.contentId);
                if (object.base != null) {
                    if (!$util.isObject(object.base))
                        throw $TypeError(".kvmesh.v1.AnchorObserveRequest.base: object expected");
                    message.base = $root.kvmesh.v1.KvTensorF16.fromObject(object.base, _depth + 1);
                }
                if (object.real != null) {
                    if (!$util.isObject(object.real))
                        throw $TypeError(".kvmesh.v1.AnchorObserveRequest.real: object expected");
                    message.real = $root.kvmesh.v1.KvTensorF16.fromObject(object.real, _depth + 1);
                }
                if (object.following != null) {
                    if (!$util.isObject(object.following))
                        throw $TypeError(".kvmesh.v1.AnchorObserveRequest.following: object expected");
                    message.following = $root.kvmesh.v1.KvTensorF16.fromObject(object.following, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AnchorObserveRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorObserveRequest
             * @static
             * @param {kvmesh.v1.AnchorObserveRequest} message AnchorObserveRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorObserveRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = "";
                    object.consumer = "";
                    object.contentId = "";
                    object.base = null;
                    object.real = null;
                    object.following = null;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer"))
                    object.consumer = message.consumer;
                if (message.contentId != null && $Object.hasOwnProperty.call(message, "contentId"))
                    object.contentId = message.contentId;
                if (message.base != null && $Object.hasOwnProperty.call(message, "base"))
                    object.base = $root.kvmesh.v1.KvTensorF16.toObject(message.base, options, _depth + 1);
                if (message.real != null && $Object.hasOwnProperty.call(message, "real"))
                    object.real = $root.kvmesh.v1.KvTensorF16.toObject(message.real, options, _depth + 1);
                if (message.following != null && $Object.hasOwnProperty.call(message, "following"))
                    object.following = $root.kvmesh.v1.KvTensorF16.toObject(message.following, options, _depth + 1);
                return object;
            };

            /**
             * Converts this AnchorObserveRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorObserveRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorObserveRequest.prototype.toJSON = function() {
                return AnchorObserveRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorObserveRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorObserveRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorObserveRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorObserveRequest";
            };

            return AnchorObserveRequest;
        })();

        v1.AnchorObserveReply = (function() {

            /**
             * Properties of an AnchorObserveReply.
             * @typedef {Object} kvmesh.v1.AnchorObserveReply.$Properties
             * @property {boolean|null} [created] AnchorObserveReply created
             * @property {number|null} [evicted] AnchorObserveReply evicted
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorObserveReply.
             * @memberof kvmesh.v1
             * @interface IAnchorObserveReply
             * @augments kvmesh.v1.AnchorObserveReply.$Properties
             * @deprecated Use kvmesh.v1.AnchorObserveReply.$Properties instead.
             */

            /**
             * Shape of an AnchorObserveReply.
             * @typedef {kvmesh.v1.AnchorObserveReply.$Properties} kvmesh.v1.AnchorObserveReply.$Shape
             */

            /**
             * Constructs a new AnchorObserveReply.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorObserveReply.
             * @constructor
             * @param {kvmesh.v1.AnchorObserveReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorObserveReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnchorObserveReply created.
             * @member {boolean} created
             * @memberof kvmesh.v1.AnchorObserveReply
             * @instance
             */
            AnchorObserveReply.prototype.created = false;

            /**
             * AnchorObserveReply evicted.
             * @member {number} evicted
             * @memberof kvmesh.v1.AnchorObserveReply
             * @instance
             */
            AnchorObserveReply.prototype.evicted = 0;

            /**
             * Creates a new AnchorObserveReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorObserveReply
             * @static
             * @param {kvmesh.v1.AnchorObserveReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorObserveReply} AnchorObserveReply instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorObserveReply.$Shape): kvmesh.v1.AnchorObserveReply & kvmesh.v1.AnchorObserveReply.$Shape;
             *   (properties?: kvmesh.v1.AnchorObserveReply.$Properties): kvmesh.v1.AnchorObserveReply;
             * }}
             */
            AnchorObserveReply.create = function(properties) {
                return new AnchorObserveReply(properties);
            };

            /**
             * Encodes the specified AnchorObserveReply message. Does not implicitly {@link kvmesh.v1.AnchorObserveReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorObserveReply
             * @static
             * @param {kvmesh.v1.AnchorObserveReply.$Properties} message AnchorObserveReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorObserveReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.created != null && $Object.hasOwnProperty.call(message, "created") && message.created !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.created);
                if (message.evicted != null && $Object.hasOwnProperty.call(message, "evicted") && message.evicted !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.evicted);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorObserveReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorObserveReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorObserveReply & kvmesh.v1.AnchorObserveReply.$Shape} AnchorObserveReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorObserveReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorObserveReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.created = value;
                            else
                                delete message.created;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.evicted = value;
                            else
                                delete message.evicted;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorObserveReply message.
             * @function verify
             * @memberof kvmesh.v1.AnchorObserveReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorObserveReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.created != null && $Object.hasOwnProperty.call(message, "created"))
                    if (typeof message.created !== "boolean")
                        return "created: boolean expected";
                if (message.evicted != null && $Object.hasOwnProperty.call(message, "evicted"))
                    if (!$util.isInteger(message.evicted))
                        return "evicted: integer expected";
                return null;
            };

            /**
             * Creates an AnchorObserveReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorObserveReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorObserveReply} AnchorObserveReply
             */
            AnchorObserveReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorObserveReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorObserveReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.AnchorObserveReply();
                if (object.created != null)
                    if (object.created)
                        message.created = $Boolean(object.created);
                if (object.evicted != null)
                    if ($Number(object.evicted) !== 0)
                        message.evicted = object.evicted >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an AnchorObserveReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorObserveReply
             * @static
             * @param {kvmesh.v1.AnchorObserveReply} message AnchorObserveReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorObserveReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.created = false;
                    object.evicted = 0;
                }
                if (message.created != null && $Object.hasOwnProperty.call(message, "created"))
                    object.created = message.created;
                if (message.evicted != null && $Object.hasOwnProperty.call(message, "evicted"))
                    object.evicted = message.evicted;
                return object;
            };

            /**
             * Converts this AnchorObserveReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorObserveReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorObserveReply.prototype.toJSON = function() {
                return AnchorObserveReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorObserveReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorObserveReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorObserveReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorObserveReply";
            };

            return AnchorObserveReply;
        })();

        v1.AnchorCorrectStoredRequest = (function() {

            /**
             * Properties of an AnchorCorrectStoredRequest.
             * @typedef {Object} kvmesh.v1.AnchorCorrectStoredRequest.$Properties
             * @property {string|null} [kind] AnchorCorrectStoredRequest kind
             * @property {string|null} [consumer] AnchorCorrectStoredRequest consumer
             * @property {string|null} [keyDigest] AnchorCorrectStoredRequest keyDigest
             * @property {number|null} [startPos] AnchorCorrectStoredRequest startPos
             * @property {kvmesh.v1.RopeConfig.$Properties|null} [rope] AnchorCorrectStoredRequest rope
             * @property {boolean|null} [moveUncovered] AnchorCorrectStoredRequest moveUncovered
             * @property {boolean|null} [following] AnchorCorrectStoredRequest following
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorCorrectStoredRequest.
             * @memberof kvmesh.v1
             * @interface IAnchorCorrectStoredRequest
             * @augments kvmesh.v1.AnchorCorrectStoredRequest.$Properties
             * @deprecated Use kvmesh.v1.AnchorCorrectStoredRequest.$Properties instead.
             */

            /**
             * Shape of an AnchorCorrectStoredRequest.
             * @typedef {kvmesh.v1.AnchorCorrectStoredRequest.$Properties} kvmesh.v1.AnchorCorrectStoredRequest.$Shape
             */

            /**
             * Constructs a new AnchorCorrectStoredRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorCorrectStoredRequest.
             * @constructor
             * @param {kvmesh.v1.AnchorCorrectStoredRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorCorrectStoredRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnchorCorrectStoredRequest kind.
             * @member {string} kind
             * @memberof kvmesh.v1.AnchorCorrectStoredRequest
             * @instance
             */
            AnchorCorrectStoredRequest.prototype.kind = "";

            /**
             * AnchorCorrectStoredRequest consumer.
             * @member {string} consumer
             * @memberof kvmesh.v1.AnchorCorrectStoredRequest
             * @instance
             */
            AnchorCorrectStoredRequest.prototype.consumer = "";

            /**
             * AnchorCorrectStoredRequest keyDigest.
             * @member {string} keyDigest
             * @memberof kvmesh.v1.AnchorCorrectStoredRequest
             * @instance
             */
            AnchorCorrectStoredRequest.prototype.keyDigest = "";

            /**
             * AnchorCorrectStoredRequest startPos.
             * @member {number} startPos
             * @memberof kvmesh.v1.AnchorCorrectStoredRequest
             * @instance
             */
            AnchorCorrectStoredRequest.prototype.startPos = 0;

            /**
             * AnchorCorrectStoredRequest rope.
             * @member {kvmesh.v1.RopeConfig.$Properties|null|undefined} rope
             * @memberof kvmesh.v1.AnchorCorrectStoredRequest
             * @instance
             */
            AnchorCorrectStoredRequest.prototype.rope = null;

            /**
             * AnchorCorrectStoredRequest moveUncovered.
             * @member {boolean} moveUncovered
             * @memberof kvmesh.v1.AnchorCorrectStoredRequest
             * @instance
             */
            AnchorCorrectStoredRequest.prototype.moveUncovered = false;

            /**
             * AnchorCorrectStoredRequest following.
             * @member {boolean} following
             * @memberof kvmesh.v1.AnchorCorrectStoredRequest
             * @instance
             */
            AnchorCorrectStoredRequest.prototype.following = false;

            /**
             * Creates a new AnchorCorrectStoredRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorCorrectStoredRequest
             * @static
             * @param {kvmesh.v1.AnchorCorrectStoredRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorCorrectStoredRequest} AnchorCorrectStoredRequest instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorCorrectStoredRequest.$Shape): kvmesh.v1.AnchorCorrectStoredRequest & kvmesh.v1.AnchorCorrectStoredRequest.$Shape;
             *   (properties?: kvmesh.v1.AnchorCorrectStoredRequest.$Properties): kvmesh.v1.AnchorCorrectStoredRequest;
             * }}
             */
            AnchorCorrectStoredRequest.create = function(properties) {
                return new AnchorCorrectStoredRequest(properties);
            };

            /**
             * Encodes the specified AnchorCorrectStoredRequest message. Does not implicitly {@link kvmesh.v1.AnchorCorrectStoredRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorCorrectStoredRequest
             * @static
             * @param {kvmesh.v1.AnchorCorrectStoredRequest.$Properties} message AnchorCorrectStoredRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorCorrectStoredRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer") && message.consumer !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.consumer);
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest") && message.keyDigest !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.keyDigest);
                if (message.startPos != null && $Object.hasOwnProperty.call(message, "startPos") && message.startPos !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.startPos);
                if (message.rope != null && $Object.hasOwnProperty.call(message, "rope"))
                    $root.kvmesh.v1.RopeConfig.encode(message.rope, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.moveUncovered != null && $Object.hasOwnProperty.call(message, "moveUncovered") && message.moveUncovered !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.moveUncovered);
                if (message.following != null && $Object.hasOwnProperty.call(message, "following") && message.following !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.following);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorCorrectStoredRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorCorrectStoredRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectStoredRequest & kvmesh.v1.AnchorCorrectStoredRequest.$Shape} AnchorCorrectStoredRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorCorrectStoredRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorCorrectStoredRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumer = value;
                            else
                                delete message.consumer;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyDigest = value;
                            else
                                delete message.keyDigest;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.startPos = value;
                            else
                                delete message.startPos;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.rope = $root.kvmesh.v1.RopeConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.rope);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.moveUncovered = value;
                            else
                                delete message.moveUncovered;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.following = value;
                            else
                                delete message.following;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorCorrectStoredRequest message.
             * @function verify
             * @memberof kvmesh.v1.AnchorCorrectStoredRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorCorrectStoredRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer"))
                    if (!$util.isString(message.consumer))
                        return "consumer: string expected";
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    if (!$util.isString(message.keyDigest))
                        return "keyDigest: string expected";
                if (message.startPos != null && $Object.hasOwnProperty.call(message, "startPos"))
                    if (!$util.isInteger(message.startPos))
                        return "startPos: integer expected";
                if (message.rope != null && $Object.hasOwnProperty.call(message, "rope")) {
                    let error = $root.kvmesh.v1.RopeConfig.verify(message.rope, _depth + 1);
                    if (error)
                        return "rope." + error;
                }
                if (message.moveUncovered != null && $Object.hasOwnProperty.call(message, "moveUncovered"))
                    if (typeof message.moveUncovered !== "boolean")
                        return "moveUncovered: boolean expected";
                if (message.following != null && $Object.hasOwnProperty.call(message, "following"))
                    if (typeof message.following !== "boolean")
                        return "following: boolean expected";
                return null;
            };

            /**
             * Creates an AnchorCorrectStoredRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorCorrectStoredRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorCorrectStoredRequest} AnchorCorrectStoredRequest
             */
            AnchorCorrectStoredRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorCorrectStoredRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorCorrectStoredRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.AnchorCorrectStoredRequest();
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.consumer != null)
                    if (typeof object.consumer !== "string" || object.consumer.length)
                        message.consumer = $String(object.consumer);
                if (object.keyDigest != null)
                    if (typeof object.keyDigest !== "string" || object.keyDigest.length)
                        message.keyDigest = $String(object.keyDigest);
                if (object.startPos != null)
                    if ($Number(object.startPos) !== 0)
                        message.startPos = object.startPos >>> 0;
                if (object.rope != null) {
                    if (!$util.isObject(object.rope))
                        throw $TypeError(".kvmesh.v1.AnchorCorrectStoredRequest.rope: object expected");
                    message.rope = $root.kvmesh.v1.RopeConfig.fromObject(object.rope, _depth + 1);
                }
                if (object.moveUncovered != null)
                    if (object.moveUncovered)
                        message.moveUncovered = $Boolean(object.moveUncovered);
                if (object.following != null)
                    if (object.following)
                        message.following = $Boolean(object.following);
                return message;
            };

            /**
             * Creates a plain object from an AnchorCorrectStoredRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorCorrectStoredRequest
             * @static
             * @param {kvmesh.v1.AnchorCorrectStoredRequest} message AnchorCorrectStoredRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorCorrectStoredRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = "";
                    object.consumer = "";
                    object.keyDigest = "";
                    object.startPos = 0;
                    object.rope = null;
                    object.moveUncovered = false;
                    object.following = false;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer"))
                    object.consumer = message.consumer;
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    object.keyDigest = message.keyDigest;
                if (message.startPos != null && $Object.hasOwnProperty.call(message, "startPos"))
                    object.startPos = message.startPos;
                if (message.rope != null && $Object.hasOwnProperty.call(message, "rope"))
                    object.rope = $root.kvmesh.v1.RopeConfig.toObject(message.rope, options, _depth + 1);
                if (message.moveUncovered != null && $Object.hasOwnProperty.call(message, "moveUncovered"))
                    object.moveUncovered = message.moveUncovered;
                if (message.following != null && $Object.hasOwnProperty.call(message, "following"))
                    object.following = message.following;
                return object;
            };

            /**
             * Converts this AnchorCorrectStoredRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorCorrectStoredRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorCorrectStoredRequest.prototype.toJSON = function() {
                return AnchorCorrectStoredRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorCorrectStoredRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorCorrectStoredRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorCorrectStoredRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorCorrectStoredRequest";
            };

            return AnchorCorrectStoredRequest;
        })();

        v1.AnchorCorrectStoredReply = (function() {

            /**
             * Properties of an AnchorCorrectStoredReply.
             * @typedef {Object} kvmesh.v1.AnchorCorrectStoredReply.$Properties
             * @property {kvmesh.v1.AnchorCorrected.$Properties|null} [corrected] AnchorCorrectStoredReply corrected
             * @property {kvmesh.v1.AnchorPrefill.$Properties|null} [prefill] AnchorCorrectStoredReply prefill
             * @property {kvmesh.v1.AnchorReuseDecision.$Properties|null} [decision] AnchorCorrectStoredReply decision
             * @property {boolean|null} [ahead] AnchorCorrectStoredReply ahead
             * @property {number|null} [covered] AnchorCorrectStoredReply covered
             * @property {kvmesh.v1.KvTensorF16.$Properties|null} [following] AnchorCorrectStoredReply following
             * @property {"corrected"|"prefill"} [kind] AnchorCorrectStoredReply kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorCorrectStoredReply.
             * @memberof kvmesh.v1
             * @interface IAnchorCorrectStoredReply
             * @augments kvmesh.v1.AnchorCorrectStoredReply.$Properties
             * @deprecated Use kvmesh.v1.AnchorCorrectStoredReply.$Properties instead.
             */

            /**
             * Narrowed shape of an AnchorCorrectStoredReply.
             * @typedef {{
             *   corrected?: kvmesh.v1.AnchorCorrected.$Shape|null;
             *   prefill?: kvmesh.v1.AnchorPrefill.$Shape|null;
             *   decision?: kvmesh.v1.AnchorReuseDecision.$Shape|null;
             *   ahead?: boolean|null;
             *   covered?: number|null;
             *   following?: kvmesh.v1.KvTensorF16.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; corrected?: null; prefill?: null }|{ kind?: "corrected"; corrected: kvmesh.v1.AnchorCorrected.$Shape; prefill?: null }|{ kind?: "prefill"; corrected?: null; prefill: kvmesh.v1.AnchorPrefill.$Shape })
             * )} kvmesh.v1.AnchorCorrectStoredReply.$Shape
             */

            /**
             * Constructs a new AnchorCorrectStoredReply.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorCorrectStoredReply.
             * @constructor
             * @param {kvmesh.v1.AnchorCorrectStoredReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorCorrectStoredReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnchorCorrectStoredReply corrected.
             * @member {kvmesh.v1.AnchorCorrected.$Properties|null|undefined} corrected
             * @memberof kvmesh.v1.AnchorCorrectStoredReply
             * @instance
             */
            AnchorCorrectStoredReply.prototype.corrected = null;

            /**
             * AnchorCorrectStoredReply prefill.
             * @member {kvmesh.v1.AnchorPrefill.$Properties|null|undefined} prefill
             * @memberof kvmesh.v1.AnchorCorrectStoredReply
             * @instance
             */
            AnchorCorrectStoredReply.prototype.prefill = null;

            /**
             * AnchorCorrectStoredReply decision.
             * @member {kvmesh.v1.AnchorReuseDecision.$Properties|null|undefined} decision
             * @memberof kvmesh.v1.AnchorCorrectStoredReply
             * @instance
             */
            AnchorCorrectStoredReply.prototype.decision = null;

            /**
             * AnchorCorrectStoredReply ahead.
             * @member {boolean} ahead
             * @memberof kvmesh.v1.AnchorCorrectStoredReply
             * @instance
             */
            AnchorCorrectStoredReply.prototype.ahead = false;

            /**
             * AnchorCorrectStoredReply covered.
             * @member {number} covered
             * @memberof kvmesh.v1.AnchorCorrectStoredReply
             * @instance
             */
            AnchorCorrectStoredReply.prototype.covered = 0;

            /**
             * AnchorCorrectStoredReply following.
             * @member {kvmesh.v1.KvTensorF16.$Properties|null|undefined} following
             * @memberof kvmesh.v1.AnchorCorrectStoredReply
             * @instance
             */
            AnchorCorrectStoredReply.prototype.following = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * AnchorCorrectStoredReply kind.
             * @member {"corrected"|"prefill"|undefined} kind
             * @memberof kvmesh.v1.AnchorCorrectStoredReply
             * @instance
             */
            $Object.defineProperty(AnchorCorrectStoredReply.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["corrected", "prefill"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AnchorCorrectStoredReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorCorrectStoredReply
             * @static
             * @param {kvmesh.v1.AnchorCorrectStoredReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorCorrectStoredReply} AnchorCorrectStoredReply instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorCorrectStoredReply.$Shape): kvmesh.v1.AnchorCorrectStoredReply & kvmesh.v1.AnchorCorrectStoredReply.$Shape;
             *   (properties?: kvmesh.v1.AnchorCorrectStoredReply.$Properties): kvmesh.v1.AnchorCorrectStoredReply;
             * }}
             */
            AnchorCorrectStoredReply.create = function(properties) {
                return new AnchorCorrectStoredReply(properties);
            };

            /**
             * Encodes the specified AnchorCorrectStoredReply message. Does not implicitly {@link kvmesh.v1.AnchorCorrectStoredReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorCorrectStoredReply
             * @static
             * @param {kvmesh.v1.AnchorCorrectStoredReply.$Properties} message AnchorCorrectStoredReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorCorrectStoredReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.corrected != null && $Object.hasOwnProperty.call(message, "corrected"))
                    $root.kvmesh.v1.AnchorCorrected.encode(message.corrected, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.prefill != null && $Object.hasOwnProperty.call(message, "prefill"))
                    $root.kvmesh.v1.AnchorPrefill.encode(message.prefill, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision"))
                    $root.kvmesh.v1.AnchorReuseDecision.encode(message.decision, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.ahead != null && $Object.hasOwnProperty.call(message, "ahead") && message.ahead !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.ahead);
                if (message.covered != null && $Object.hasOwnProperty.call(message, "covered") && message.covered !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.covered);
                if (message.following != null && $Object.hasOwnProperty.call(message, "following"))
                    $root.kvmesh.v1.KvTensorF16.encode(message.following, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorCorrectStoredReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorCorrectStoredReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectStoredReply & kvmesh.v1.AnchorCorrectStoredReply.$Shape} AnchorCorrectStoredReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorCorrectStoredReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorCorrectStoredReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.corrected = $root.kvmesh.v1.AnchorCorrected.decode(reader, reader.size(), $undefined, _depth + 1, message.corrected);
                            message.kind = "corrected";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.prefill = $root.kvmesh.v1.AnchorPrefill.decode(reader, reader.size(), $undefined, _depth + 1, message.prefill);
                            message.kind = "prefill";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.decision = $root.kvmesh.v1.AnchorReuseDecision.decode(reader, reader.size(), $undefined, _depth + 1, message.decision);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ahead = value;
                            else
                                delete message.ahead;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.covered = value;
                            else
                                delete message.covered;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.following = $root.kvmesh.v1.KvTensorF16.decode(reader, reader.size(), $undefined, _depth + 1, message.following);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorCorrectStoredReply message.
             * @function verify
             * @memberof kvmesh.v1.AnchorCorrectStoredReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorCorrectStoredReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.corrected != null && $Object.hasOwnProperty.call(message, "corrected")) {
                    properties.kind = 1;
                    {
                        let error = $root.kvmesh.v1.AnchorCorrected.verify(message.corrected, _depth + 1);
                        if (error)
                            return "corrected." + error;
                    }
                }
                if (message.prefill != null && $Object.hasOwnProperty.call(message, "prefill")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.kvmesh.v1.AnchorPrefill.verify(message.prefill, _depth + 1);
                        if (error)
                            return "prefill." + error;
                    }
                }
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision")) {
                    let error = $root.kvmesh.v1.AnchorReuseDecision.verify(message.decision, _depth + 1);
                    if (error)
                        return "decision." + error;
                }
                if (message.ahead != null && $Object.hasOwnProperty.call(message, "ahead"))
                    if (typeof message.ahead !== "boolean")
                        return "ahead: boolean expected";
                if (message.covered != null && $Object.hasOwnProperty.call(message, "covered"))
                    if (!$util.isInteger(message.covered))
                        return "covered: integer expected";
                if (message.following != null && $Object.hasOwnProperty.call(message, "following")) {
                    let error = $root.kvmesh.v1.KvTensorF16.verify(message.following, _depth + 1);
                    if (error)
                        return "following." + error;
                }
                return null;
            };

            /**
             * Creates an AnchorCorrectStoredReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorCorrectStoredReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorCorrectStoredReply} AnchorCorrectStoredReply
             */
            AnchorCorrectStoredReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorCorrectStoredReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorCorrectStoredReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.AnchorCorrectStoredReply();
                if (object.corrected != null) {
                    if (!$util.isObject(object.corrected))
                        throw $TypeError(".kvmesh.v1.AnchorCorrectStoredReply.corrected: object expected");
                    message.corrected = $root.kvmesh.v1.AnchorCorrected.fromObject(object.corrected, _depth + 1);
                }
                if (object.prefill != null) {
                    if (!$util.isObject(object.prefill))
                        throw $TypeError(".kvmesh.v1.AnchorCorrectStoredReply.prefill: object expected");
                    message.prefill = $root.kvmesh.v1.AnchorPrefill.fromObject(object.prefill, _depth + 1);
                }
                if (object.decision != null) {
                    if (!$util.isObject(object.decision))
                        throw $TypeError(".kvmesh.v1.AnchorCorrectStoredReply.decision: object expected");
                    message.decision = $root.kvmesh.v1.AnchorReuseDecision.fromObject(object.decision, _depth + 1);
                }
                if (object.ahead != null)
                    if (object.ahead)
                        message.ahead = $Boolean(object.ahead);
                if (object.covered != null)
                    if ($Number(object.covered) !== 0)
                        message.covered = object.covered >>> 0;
                if (object.following != null) {
                    if (!$util.isObject(object.following))
                        throw $TypeError(".kvmesh.v1.AnchorCorrectStoredReply.following: object expected");
                    message.following = $root.kvmesh.v1.KvTensorF16.fromObject(object.following, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AnchorCorrectStoredReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorCorrectStoredReply
             * @static
             * @param {kvmesh.v1.AnchorCorrectStoredReply} message AnchorCorrectStoredReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorCorrectStoredReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.decision = null;
                    object.ahead = false;
                    object.covered = 0;
                    object.following = null;
                }
                if (message.corrected != null && $Object.hasOwnProperty.call(message, "corrected")) {
                    object.corrected = $root.kvmesh.v1.AnchorCorrected.toObject(message.corrected, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "corrected";
                }
                if (message.prefill != null && $Object.hasOwnProperty.call(message, "prefill")) {
                    object.prefill = $root.kvmesh.v1.AnchorPrefill.toObject(message.prefill, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "prefill";
                }
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision"))
                    object.decision = $root.kvmesh.v1.AnchorReuseDecision.toObject(message.decision, options, _depth + 1);
                if (message.ahead != null && $Object.hasOwnProperty.call(message, "ahead"))
                    object.ahead = message.ahead;
                if (message.covered != null && $Object.hasOwnProperty.call(message, "covered"))
                    object.covered = message.covered;
                if (message.following != null && $Object.hasOwnProperty.call(message, "following"))
                    object.following = $root.kvmesh.v1.KvTensorF16.toObject(message.following, options, _depth + 1);
                return object;
            };

            /**
             * Converts this AnchorCorrectStoredReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorCorrectStoredReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorCorrectStoredReply.prototype.toJSON = function() {
                return AnchorCorrectStoredReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorCorrectStoredReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorCorrectStoredReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorCorrectStoredReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorCorrectStoredReply";
            };

            return AnchorCorrectStoredReply;
        })();

        v1.AnchorCorrectStoredBatchRequest = (function() {

            /**
             * Properties of an AnchorCorrectStoredBatchRequest.
             * @typedef {Object} kvmesh.v1.AnchorCorrectStoredBatchRequest.$Properties
             * @property {Array.<kvmesh.v1.AnchorCorrectStoredRequest.$Properties>|null} [parts] AnchorCorrectStoredBatchRequest parts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorCorrectStoredBatchRequest.
             * @memberof kvmesh.v1
             * @interface IAnchorCorrectStoredBatchRequest
             * @augments kvmesh.v1.AnchorCorrectStoredBatchRequest.$Properties
             * @deprecated Use kvmesh.v1.AnchorCorrectStoredBatchRequest.$Properties instead.
             */

            /**
             * Shape of an AnchorCorrectStoredBatchRequest.
             * @typedef {kvmesh.v1.AnchorCorrectStoredBatchRequest.$Properties} kvmesh.v1.AnchorCorrectStoredBatchRequest.$Shape
             */

            /**
             * Constructs a new AnchorCorrectStoredBatchRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorCorrectStoredBatchRequest.
             * @constructor
             * @param {kvmesh.v1.AnchorCorrectStoredBatchRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorCorrectStoredBatchRequest = function (properties) {
                this.parts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnchorCorrectStoredBatchRequest parts.
             * @member {Array.<kvmesh.v1.AnchorCorrectStoredRequest.$Properties>} parts
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchRequest
             * @instance
             */
            AnchorCorrectStoredBatchRequest.prototype.parts = $util.emptyArray;

            /**
             * Creates a new AnchorCorrectStoredBatchRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchRequest
             * @static
             * @param {kvmesh.v1.AnchorCorrectStoredBatchRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorCorrectStoredBatchRequest} AnchorCorrectStoredBatchRequest instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorCorrectStoredBatchRequest.$Shape): kvmesh.v1.AnchorCorrectStoredBatchRequest & kvmesh.v1.AnchorCorrectStoredBatchRequest.$Shape;
             *   (properties?: kvmesh.v1.AnchorCorrectStoredBatchRequest.$Properties): kvmesh.v1.AnchorCorrectStoredBatchRequest;
             * }}
             */
            AnchorCorrectStoredBatchRequest.create = function(properties) {
                return new AnchorCorrectStoredBatchRequest(properties);
            };

            /**
             * Encodes the specified AnchorCorrectStoredBatchRequest message. Does not implicitly {@link kvmesh.v1.AnchorCorrectStoredBatchRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchRequest
             * @static
             * @param {kvmesh.v1.AnchorCorrectStoredBatchRequest.$Properties} message AnchorCorrectStoredBatchRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorCorrectStoredBatchRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parts != null && message.parts.length)
                    for (let i = 0; i < message.parts.length; ++i)
                        $root.kvmesh.v1.AnchorCorrectStoredRequest.encode(message.parts[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorCorrectStoredBatchRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectStoredBatchRequest & kvmesh.v1.AnchorCorrectStoredBatchRequest.$Shape} AnchorCorrectStoredBatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorCorrectStoredBatchRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorCorrectStoredBatchRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.parts && message.parts.length))
                                message.parts = [];
                            message.parts.push($root.kvmesh.v1.AnchorCorrectStoredRequest.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorCorrectStoredBatchRequest message.
             * @function verify
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorCorrectStoredBatchRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parts != null && $Object.hasOwnProperty.call(message, "parts")) {
                    if (!$Array.isArray(message.parts))
                        return "parts: array expected";
                    for (let i = 0; i < message.parts.length; ++i) {
                        let error = $root.kvmesh.v1.AnchorCorrectStoredRequest.verify(message.parts[i], _depth + 1);
                        if (error)
                            return "parts." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an AnchorCorrectStoredBatchRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorCorrectStoredBatchRequest} AnchorCorrectStoredBatchRequest
             */
            AnchorCorrectStoredBatchRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorCorrectStoredBatchRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorCorrectStoredBatchRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.AnchorCorrectStoredBatchRequest();
                if (object.parts) {
                    if (!$Array.isArray(object.parts))
                        throw $TypeError(".kvmesh.v1.AnchorCorrectStoredBatchRequest.parts: array expected");
                    message.parts = $Array(object.parts.length);
                    for (let i = 0; i < object.parts.length; ++i) {
                        if (!$util.isObject(object.parts[i]))
                            throw $TypeError(".kvmesh.v1.AnchorCorrectStoredBatchRequest.parts: object expected");
                        message.parts[i] = $root.kvmesh.v1.AnchorCorrectStoredRequest.fromObject(object.parts[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an AnchorCorrectStoredBatchRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchRequest
             * @static
             * @param {kvmesh.v1.AnchorCorrectStoredBatchRequest} message AnchorCorrectStoredBatchRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorCorrectStoredBatchRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.parts = [];
                if (message.parts && message.parts.length) {
                    object.parts = $Array(message.parts.length);
                    for (let j = 0; j < message.parts.length; ++j)
                        object.parts[j] = $root.kvmesh.v1.AnchorCorrectStoredRequest.toObject(message.parts[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this AnchorCorrectStoredBatchRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorCorrectStoredBatchRequest.prototype.toJSON = function() {
                return AnchorCorrectStoredBatchRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorCorrectStoredBatchRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorCorrectStoredBatchRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorCorrectStoredBatchRequest";
            };

            return AnchorCorrectStoredBatchRequest;
        })();

        v1.AnchorCorrectStoredBatchReply = (function() {

            /**
             * Properties of an AnchorCorrectStoredBatchReply.
             * @typedef {Object} kvmesh.v1.AnchorCorrectStoredBatchReply.$Properties
             * @property {Array.<kvmesh.v1.AnchorCorrectStoredReply.$Properties>|null} [parts] AnchorCorrectStoredBatchReply parts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorCorrectStoredBatchReply.
             * @memberof kvmesh.v1
             * @interface IAnchorCorrectStoredBatchReply
             * @augments kvmesh.v1.AnchorCorrectStoredBatchReply.$Properties
             * @deprecated Use kvmesh.v1.AnchorCorrectStoredBatchReply.$Properties instead.
             */

            /**
             * Shape of an AnchorCorrectStoredBatchReply.
             * @typedef {{
             *   parts?: Array.<kvmesh.v1.AnchorCorrectStoredReply.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} kvmesh.v1.AnchorCorrectStoredBatchReply.$Shape
             */

            /**
             * Constructs a new AnchorCorrectStoredBatchReply.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorCorrectStoredBatchReply.
             * @constructor
             * @param {kvmesh.v1.AnchorCorrectStoredBatchReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorCorrectStoredBatchReply = function (properties) {
                this.parts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnchorCorrectStoredBatchReply parts.
             * @member {Array.<kvmesh.v1.AnchorCorrectStoredReply.$Properties>} parts
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchReply
             * @instance
             */
            AnchorCorrectStoredBatchReply.prototype.parts = $util.emptyArray;

            /**
             * Creates a new AnchorCorrectStoredBatchReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchReply
             * @static
             * @param {kvmesh.v1.AnchorCorrectStoredBatchReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorCorrectStoredBatchReply} AnchorCorrectStoredBatchReply instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorCorrectStoredBatchReply.$Shape): kvmesh.v1.AnchorCorrectStoredBatchReply & kvmesh.v1.AnchorCorrectStoredBatchReply.$Shape;
             *   (properties?: kvmesh.v1.AnchorCorrectStoredBatchReply.$Properties): kvmesh.v1.AnchorCorrectStoredBatchReply;
             * }}
             */
            AnchorCorrectStoredBatchReply.create = function(properties) {
                return new AnchorCorrectStoredBatchReply(properties);
            };

            /**
             * Encodes the specified AnchorCorrectStoredBatchReply message. Does not implicitly {@link kvmesh.v1.AnchorCorrectStoredBatchReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchReply
             * @static
             * @param {kvmesh.v1.AnchorCorrectStoredBatchReply.$Properties} message AnchorCorrectStoredBatchReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorCorrectStoredBatchReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parts != null && message.parts.length)
                    for (let i = 0; i < message.parts.length; ++i)
                        $root.kvmesh.v1.AnchorCorrectStoredReply.encode(message.parts[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorCorrectStoredBatchReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectStoredBatchReply & kvmesh.v1.AnchorCorrectStoredBatchReply.$Shape} AnchorCorrectStoredBatchReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorCorrectStoredBatchReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorCorrectStoredBatchReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.parts && message.parts.length))
                                message.parts = [];
                            message.parts.push($root.kvmesh.v1.AnchorCorrectStoredReply.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorCorrectStoredBatchReply message.
             * @function verify
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorCorrectStoredBatchReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parts != null && $Object.hasOwnProperty.call(message, "parts")) {
                    if (!$Array.isArray(message.parts))
                        return "parts: array expected";
                    for (let i = 0; i < message.parts.length; ++i) {
                        let error = $root.kvmesh.v1.AnchorCorrectStoredReply.verify(message.parts[i], _depth + 1);
                        if (error)
                            return "parts." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an AnchorCorrectStoredBatchReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorCorrectStoredBatchReply} AnchorCorrectStoredBatchReply
             */
            AnchorCorrectStoredBatchReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorCorrectStoredBatchReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorCorrectStoredBatchReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.AnchorCorrectStoredBatchReply();
                if (object.parts) {
                    if (!$Array.isArray(object.parts))
                        throw $TypeError(".kvmesh.v1.AnchorCorrectStoredBatchReply.parts: array expected");
                    message.parts = $Array(object.parts.length);
                    for (let i = 0; i < object.parts.length; ++i) {
                        if (!$util.isObject(object.parts[i]))
                            throw $TypeError(".kvmesh.v1.AnchorCorrectStoredBatchReply.parts: object expected");
                        message.parts[i] = $root.kvmesh.v1.AnchorCorrectStoredReply.fromObject(object.parts[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an AnchorCorrectStoredBatchReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchReply
             * @static
             * @param {kvmesh.v1.AnchorCorrectStoredBatchReply} message AnchorCorrectStoredBatchReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorCorrectStoredBatchReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.parts = [];
                if (message.parts && message.parts.length) {
                    object.parts = $Array(message.parts.length);
                    for (let j = 0; j < message.parts.length; ++j)
                        object.parts[j] = $root.kvmesh.v1.AnchorCorrectStoredReply.toObject(message.parts[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this AnchorCorrectStoredBatchReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorCorrectStoredBatchReply.prototype.toJSON = function() {
                return AnchorCorrectStoredBatchReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorCorrectStoredBatchReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorCorrectStoredBatchReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorCorrectStoredBatchReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorCorrectStoredBatchReply";
            };

            return AnchorCorrectStoredBatchReply;
        })();

        v1.AnchorCorrectAheadRequest = (function() {

            /**
             * Properties of an AnchorCorrectAheadRequest.
             * @typedef {Object} kvmesh.v1.AnchorCorrectAheadRequest.$Properties
             * @property {string|null} [kind] AnchorCorrectAheadRequest kind
             * @property {string|null} [keyDigest] AnchorCorrectAheadRequest keyDigest
             * @property {kvmesh.v1.RopeConfig.$Properties|null} [rope] AnchorCorrectAheadRequest rope
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorCorrectAheadRequest.
             * @memberof kvmesh.v1
             * @interface IAnchorCorrectAheadRequest
             * @augments kvmesh.v1.AnchorCorrectAheadRequest.$Properties
             * @deprecated Use kvmesh.v1.AnchorCorrectAheadRequest.$Properties instead.
             */

            /**
             * Shape of an AnchorCorrectAheadRequest.
             * @typedef {kvmesh.v1.AnchorCorrectAheadRequest.$Properties} kvmesh.v1.AnchorCorrectAheadRequest.$Shape
             */

            /**
             * Constructs a new AnchorCorrectAheadRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorCorrectAheadRequest.
             * @constructor
             * @param {kvmesh.v1.AnchorCorrectAheadRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorCorrectAheadRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnchorCorrectAheadRequest kind.
             * @member {string} kind
             * @memberof kvmesh.v1.AnchorCorrectAheadRequest
             * @instance
             */
            AnchorCorrectAheadRequest.prototype.kind = "";

            /**
             * AnchorCorrectAheadRequest keyDigest.
             * @member {string} keyDigest
             * @memberof kvmesh.v1.AnchorCorrectAheadRequest
             * @instance
             */
            AnchorCorrectAheadRequest.prototype.keyDigest = "";

            /**
             * AnchorCorrectAheadRequest rope.
             * @member {kvmesh.v1.RopeConfig.$Properties|null|undefined} rope
             * @memberof kvmesh.v1.AnchorCorrectAheadRequest
             * @instance
             */
            AnchorCorrectAheadRequest.prototype.rope = null;

            /**
             * Creates a new AnchorCorrectAheadRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorCorrectAheadRequest
             * @static
             * @param {kvmesh.v1.AnchorCorrectAheadRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorCorrectAheadRequest} AnchorCorrectAheadRequest instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorCorrectAheadRequest.$Shape): kvmesh.v1.AnchorCorrectAheadRequest & kvmesh.v1.AnchorCorrectAheadRequest.$Shape;
             *   (properties?: kvmesh.v1.AnchorCorrectAheadRequest.$Properties): kvmesh.v1.AnchorCorrectAheadRequest;
             * }}
             */
            AnchorCorrectAheadRequest.create = function(properties) {
                return new AnchorCorrectAheadRequest(properties);
            };

            /**
             * Encodes the specified AnchorCorrectAheadRequest message. Does not implicitly {@link kvmesh.v1.AnchorCorrectAheadRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorCorrectAheadRequest
             * @static
             * @param {kvmesh.v1.AnchorCorrectAheadRequest.$Properties} message AnchorCorrectAheadRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorCorrectAheadRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest") && message.keyDigest !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.keyDigest);
                if (message.rope != null && $Object.hasOwnProperty.call(message, "rope"))
                    $root.kvmesh.v1.RopeConfig.encode(message.rope, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorCorrectAheadRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorCorrectAheadRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectAheadRequest & kvmesh.v1.AnchorCorrectAheadRequest.$Shape} AnchorCorrectAheadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorCorrectAheadRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorCorrectAheadRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyDigest = value;
                            else
                                delete message.keyDigest;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.rope = $root.kvmesh.v1.RopeConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.rope);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorCorrectAheadRequest message.
             * @function verify
             * @memberof kvmesh.v1.AnchorCorrectAheadRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorCorrectAheadRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    if (!$util.isString(message.keyDigest))
                        return "keyDigest: string expected";
                if (message.rope != null && $Object.hasOwnProperty.call(message, "rope")) {
                    let error = $root.kvmesh.v1.RopeConfig.verify(message.rope, _depth + 1);
                    if (error)
                        return "rope." + error;
                }
                return null;
            };

            /**
             * Creates an AnchorCorrectAheadRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorCorrectAheadRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorCorrectAheadRequest} AnchorCorrectAheadRequest
             */
            AnchorCorrectAheadRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorCorrectAheadRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorCorrectAheadRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.AnchorCorrectAheadRequest();
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.keyDigest != null)
                    if (typeof object.keyDigest !== "string" || object.keyDigest.length)
                        message.keyDigest = $String(object.keyDigest);
                if (object.rope != null) {
                    if (!$util.isObject(object.rope))
                        throw $TypeError(".kvmesh.v1.AnchorCorrectAheadRequest.rope: object expected");
                    message.rope = $root.kvmesh.v1.RopeConfig.fromObject(object.rope, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AnchorCorrectAheadRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorCorrectAheadRequest
             * @static
             * @param {kvmesh.v1.AnchorCorrectAheadRequest} message AnchorCorrectAheadRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorCorrectAheadRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = "";
                    object.keyDigest = "";
                    object.rope = null;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    object.keyDigest = message.keyDigest;
                if (message.rope != null && $Object.hasOwnProperty.call(message, "rope"))
                    object.rope = $root.kvmesh.v1.RopeConfig.toObject(message.rope, options, _depth + 1);
                return object;
            };

            /**
             * Converts this AnchorCorrectAheadRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorCorrectAheadRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorCorrectAheadRequest.prototype.toJSON = function() {
                return AnchorCorrectAheadRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorCorrectAheadRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorCorrectAheadRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorCorrectAheadRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorCorrectAheadRequest";
            };

            return AnchorCorrectAheadRequest;
        })();

        v1.AnchorCorrectAheadReply = (function() {

            /**
             * Properties of an AnchorCorrectAheadReply.
             * @typedef {Object} kvmesh.v1.AnchorCorrectAheadReply.$Properties
             * @property {number|null} [queued] AnchorCorrectAheadReply queued
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorCorrectAheadReply.
             * @memberof kvmesh.v1
             * @interface IAnchorCorrectAheadReply
             * @augments kvmesh.v1.AnchorCorrectAheadReply.$Properties
             * @deprecated Use kvmesh.v1.AnchorCorrectAheadReply.$Properties instead.
             */

            /**
             * Shape of an AnchorCorrectAheadReply.
             * @typedef {kvmesh.v1.AnchorCorrectAheadReply.$Properties} kvmesh.v1.AnchorCorrectAheadReply.$Shape
             */

            /**
             * Constructs a new AnchorCorrectAheadReply.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorCorrectAheadReply.
             * @constructor
             * @param {kvmesh.v1.AnchorCorrectAheadReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorCorrectAheadReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnchorCorrectAheadReply queued.
             * @member {number} queued
             * @memberof kvmesh.v1.AnchorCorrectAheadReply
             * @instance
             */
            AnchorCorrectAheadReply.prototype.queued = 0;

            /**
             * Creates a new AnchorCorrectAheadReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorCorrectAheadReply
             * @static
             * @param {kvmesh.v1.AnchorCorrectAheadReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorCorrectAheadReply} AnchorCorrectAheadReply instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorCorrectAheadReply.$Shape): kvmesh.v1.AnchorCorrectAheadReply & kvmesh.v1.AnchorCorrectAheadReply.$Shape;
             *   (properties?: kvmesh.v1.AnchorCorrectAheadReply.$Properties): kvmesh.v1.AnchorCorrectAheadReply;
             * }}
             */
            AnchorCorrectAheadReply.create = function(properties) {
                return new AnchorCorrectAheadReply(properties);
            };

            /**
             * Encodes the specified AnchorCorrectAheadReply message. Does not implicitly {@link kvmesh.v1.AnchorCorrectAheadReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorCorrectAheadReply
             * @static
             * @param {kvmesh.v1.AnchorCorrectAheadReply.$Properties} message AnchorCorrectAheadReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorCorrectAheadReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queued != null && $Object.hasOwnProperty.call(message, "queued") && message.queued !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.queued);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorCorrectAheadReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorCorrectAheadReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorCorrectAheadReply & kvmesh.v1.AnchorCorrectAheadReply.$Shape} AnchorCorrectAheadReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorCorrectAheadReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorCorrectAheadReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.queued = value;
                            else
                                delete message.queued;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorCorrectAheadReply message.
             * @function verify
             * @memberof kvmesh.v1.AnchorCorrectAheadReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorCorrectAheadReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.queued != null && $Object.hasOwnProperty.call(message, "queued"))
                    if (!$util.isInteger(message.queued))
                        return "queued: integer expected";
                return null;
            };

            /**
             * Creates an AnchorCorrectAheadReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorCorrectAheadReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorCorrectAheadReply} AnchorCorrectAheadReply
             */
            AnchorCorrectAheadReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorCorrectAheadReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorCorrectAheadReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.AnchorCorrectAheadReply();
                if (object.queued != null)
                    if ($Number(object.queued) !== 0)
                        message.queued = object.queued >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an AnchorCorrectAheadReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorCorrectAheadReply
             * @static
             * @param {kvmesh.v1.AnchorCorrectAheadReply} message AnchorCorrectAheadReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorCorrectAheadReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.queued = 0;
                if (message.queued != null && $Object.hasOwnProperty.call(message, "queued"))
                    object.queued = message.queued;
                return object;
            };

            /**
             * Converts this AnchorCorrectAheadReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorCorrectAheadReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorCorrectAheadReply.prototype.toJSON = function() {
                return AnchorCorrectAheadReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorCorrectAheadReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorCorrectAheadReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorCorrectAheadReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorCorrectAheadReply";
            };

            return AnchorCorrectAheadReply;
        })();

        v1.AnchorObserveStoredRequest = (function() {

            /**
             * Properties of an AnchorObserveStoredRequest.
             * @typedef {Object} kvmesh.v1.AnchorObserveStoredRequest.$Properties
             * @property {string|null} [kind] AnchorObserveStoredRequest kind
             * @property {string|null} [consumer] AnchorObserveStoredRequest consumer
             * @property {string|null} [contentId] AnchorObserveStoredRequest contentId
             * @property {string|null} [baseKeyDigest] AnchorObserveStoredRequest baseKeyDigest
             * @property {kvmesh.v1.RopeConfig.$Properties|null} [rope] AnchorObserveStoredRequest rope
             * @property {kvmesh.v1.KvTensorF16.$Properties|null} [real] AnchorObserveStoredRequest real
             * @property {kvmesh.v1.KvTensorF16.$Properties|null} [following] AnchorObserveStoredRequest following
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorObserveStoredRequest.
             * @memberof kvmesh.v1
             * @interface IAnchorObserveStoredRequest
             * @augments kvmesh.v1.AnchorObserveStoredRequest.$Properties
             * @deprecated Use kvmesh.v1.AnchorObserveStoredRequest.$Properties instead.
             */

            /**
             * Shape of an AnchorObserveStoredRequest.
             * @typedef {kvmesh.v1.AnchorObserveStoredRequest.$Properties} kvmesh.v1.AnchorObserveStoredRequest.$Shape
             */

            /**
             * Constructs a new AnchorObserveStoredRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorObserveStoredRequest.
             * @constructor
             * @param {kvmesh.v1.AnchorObserveStoredRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorObserveStoredRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnchorObserveStoredRequest kind.
             * @member {string} kind
             * @memberof kvmesh.v1.AnchorObserveStoredRequest
             * @instance
             */
            AnchorObserveStoredRequest.prototype.kind = "";

            /**
             * AnchorObserveStoredRequest consumer.
             * @member {string} consumer
             * @memberof kvmesh.v1.AnchorObserveStoredRequest
             * @instance
             */
            AnchorObserveStoredRequest.prototype.consumer = "";

            /**
             * AnchorObserveStoredRequest contentId.
             * @member {string} contentId
             * @memberof kvmesh.v1.AnchorObserveStoredRequest
             * @instance
             */
            AnchorObserveStoredRequest.prototype.contentId = "";

            /**
             * AnchorObserveStoredRequest baseKeyDigest.
             * @member {string} baseKeyDigest
             * @memberof kvmesh.v1.AnchorObserveStoredRequest
             * @instance
             */
            AnchorObserveStoredRequest.prototype.baseKeyDigest = "";

            /**
             * AnchorObserveStoredRequest rope.
             * @member {kvmesh.v1.RopeConfig.$Properties|null|undefined} rope
             * @memberof kvmesh.v1.AnchorObserveStoredRequest
             * @instance
             */
            AnchorObserveStoredRequest.prototype.rope = null;

            /**
             * AnchorObserveStoredRequest real.
             * @member {kvmesh.v1.KvTensorF16.$Properties|null|undefined} real
             * @memberof kvmesh.v1.AnchorObserveStoredRequest
             * @instance
             */
            AnchorObserveStoredRequest.prototype.real = null;

            /**
             * AnchorObserveStoredRequest following.
             * @member {kvmesh.v1.KvTensorF16.$Properties|null|undefined} following
             * @memberof kvmesh.v1.AnchorObserveStoredRequest
             * @instance
             */
            AnchorObserveStoredRequest.prototype.following = null;

            /**
             * Creates a new AnchorObserveStoredRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorObserveStoredRequest
             * @static
             * @param {kvmesh.v1.AnchorObserveStoredRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorObserveStoredRequest} AnchorObserveStoredRequest instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorObserveStoredRequest.$Shape): kvmesh.v1.AnchorObserveStoredRequest & kvmesh.v1.AnchorObserveStoredRequest.$Shape;
             *   (properties?: kvmesh.v1.AnchorObserveStoredRequest.$Properties): kvmesh.v1.AnchorObserveStoredRequest;
             * }}
             */
            AnchorObserveStoredRequest.create = function(properties) {
                return new AnchorObserveStoredRequest(properties);
            };

            /**
             * Encodes the specified AnchorObserveStoredRequest message. Does not implicitly {@link kvmesh.v1.AnchorObserveStoredRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorObserveStoredRequest
             * @static
             * @param {kvmesh.v1.AnchorObserveStoredRequest.$Properties} message AnchorObserveStoredRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorObserveStoredRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer") && message.consumer !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.consumer);
                if (message.contentId != null && $Object.hasOwnProperty.call(message, "contentId") && message.contentId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.contentId);
                if (message.baseKeyDigest != null && $Object.hasOwnProperty.call(message, "baseKeyDigest") && message.baseKeyDigest !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.baseKeyDigest);
                if (message.rope != null && $Object.hasOwnProperty.call(message, "rope"))
                    $root.kvmesh.v1.RopeConfig.encode(message.rope, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.real != null && $Object.hasOwnProperty.call(message, "real"))
                    $root.kvmesh.v1.KvTensorF16.encode(message.real, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.following != null && $Object.hasOwnProperty.call(message, "following"))
                    $root.kvmesh.v1.KvTensorF16.encode(message.following, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorObserveStoredRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorObserveStoredRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorObserveStoredRequest & kvmesh.v1.AnchorObserveStoredRequest.$Shape} AnchorObserveStoredRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorObserveStoredRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorObserveStoredRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consumer = value;
                            else
                                delete message.consumer;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contentId = value;
                            else
                                delete message.contentId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.baseKeyDigest = value;
                            else
                                delete message.baseKeyDigest;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.rope = $root.kvmesh.v1.RopeConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.rope);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.real = $root.kvmesh.v1.KvTensorF16.decode(reader, reader.size(), $undefined, _depth + 1, message.real);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.following = $root.kvmesh.v1.KvTensorF16.decode(reader, reader.size(), $undefined, _depth + 1, message.following);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorObserveStoredRequest message.
             * @function verify
             * @memberof kvmesh.v1.AnchorObserveStoredRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorObserveStoredRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer"))
                    if (!$util.isString(message.consumer))
                        return "consumer: string expected";
                if (message.contentId != null && $Object.hasOwnProperty.call(message, "contentId"))
                    if (!$util.isString(message.contentId))
                        return "contentId: string expected";
                if (message.baseKeyDigest != null && $Object.hasOwnProperty.call(message, "baseKeyDigest"))
                    if (!$util.isString(message.baseKeyDigest))
                        return "baseKeyDigest: string expected";
                if (message.rope != null && $Object.hasOwnProperty.call(message, "rope")) {
                    let error = $root.kvmesh.v1.RopeConfig.verify(message.rope, _depth + 1);
                    if (error)
                        return "rope." + error;
                }
                if (message.real != null && $Object.hasOwnProperty.call(message, "real")) {
                    let error = $root.kvmesh.v1.KvTensorF16.verify(message.real, _depth + 1);
                    if (error)
                        return "real." + error;
                }
                if (message.following != null && $Object.hasOwnProperty.call(message, "following")) {
                    let error = $root.kvmesh.v1.KvTensorF16.verify(message.following, _depth + 1);
                    if (error)
                        return "following." + error;
                }
                return null;
            };

            /**
             * Creates an AnchorObserveStoredRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorObserveStoredRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorObserveStoredRequest} AnchorObserveStoredRequest
             */
            AnchorObserveStoredRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorObserveStoredRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorObserveStoredRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.AnchorObserveStoredRequest();
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.consumer != null)
                    if (typeof object.consumer !== "string" || object.consumer.length)
                        message.consumer = $String(object.consumer);
                if (object.contentId != null)
                    if (typeof object.contentId !== "string" || object.contentId.length)
                        message.contentId = $String(object.contentId);
                if (object.baseKeyDigest != null)
                    if (typeof object.baseKeyDigest !== "string" || object.baseKeyDigest.length)
                        message.baseKeyDigest = $String(object.baseKeyDigest);
                if (object.rope != null) {
                    if (!$util.isObject(object.rope))
                        throw $TypeError(".kvmesh.v1.AnchorObserveStoredRequest.rope: object expected");
                    message.rope = $root.kvmesh.v1.RopeConfig.fromObject(object.rope, _depth + 1);
                }
                if (object.real != null) {
                    if (!$util.isObject(object.real))
                        throw $TypeError(".kvmesh.v1.AnchorObserveStoredRequest.real: object expected");
                    message.real = $root.kvmesh.v1.KvTensorF16.fromObject(object.real, _depth + 1);
                }
                if (object.following != null) {
                    if (!$util.isObject(object.following))
                        throw $TypeError(".kvmesh.v1.AnchorObserveStoredRequest.following: object expected");
                    message.following = $root.kvmesh.v1.KvTensorF16.fromObject(object.following, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AnchorObserveStoredRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorObserveStoredRequest
             * @static
             * @param {kvmesh.v1.AnchorObserveStoredRequest} message AnchorObserveStoredRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorObserveStoredRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = "";
                    object.consumer = "";
                    object.contentId = "";
                    object.baseKeyDigest = "";
                    object.rope = null;
                    object.real = null;
                    object.following = null;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.consumer != null && $Object.hasOwnProperty.call(message, "consumer"))
                    object.consumer = message.consumer;
                if (message.contentId != null && $Object.hasOwnProperty.call(message, "contentId"))
                    object.contentId = message.contentId;
                if (message.baseKeyDigest != null && $Object.hasOwnProperty.call(message, "baseKeyDigest"))
                    object.baseKeyDigest = message.baseKeyDigest;
                if (message.rope != null && $Object.hasOwnProperty.call(message, "rope"))
                    object.rope = $root.kvmesh.v1.RopeConfig.toObject(message.rope, options, _depth + 1);
                if (message.real != null && $Object.hasOwnProperty.call(message, "real"))
                    object.real = $root.kvmesh.v1.KvTensorF16.toObject(message.real, options, _depth + 1);
                if (message.following != null && $Object.hasOwnProperty.call(message, "following"))
                    object.following = $root.kvmesh.v1.KvTensorF16.toObject(message.following, options, _depth + 1);
                return object;
            };

            /**
             * Converts this AnchorObserveStoredRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorObserveStoredRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorObserveStoredRequest.prototype.toJSON = function() {
                return AnchorObserveStoredRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorObserveStoredRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorObserveStoredRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorObserveStoredRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorObserveStoredRequest";
            };

            return AnchorObserveStoredRequest;
        })();

        v1.AnchorStatsRequest = (function() {

            /**
             * Properties of an AnchorStatsRequest.
             * @typedef {Object} kvmesh.v1.AnchorStatsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorStatsRequest.
             * @memberof kvmesh.v1
             * @interface IAnchorStatsRequest
             * @augments kvmesh.v1.AnchorStatsRequest.$Properties
             * @deprecated Use kvmesh.v1.AnchorStatsRequest.$Properties instead.
             */

            /**
             * Shape of an AnchorStatsRequest.
             * @typedef {kvmesh.v1.AnchorStatsRequest.$Properties} kvmesh.v1.AnchorStatsRequest.$Shape
             */

            /**
             * Constructs a new AnchorStatsRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorStatsRequest.
             * @constructor
             * @param {kvmesh.v1.AnchorStatsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorStatsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new AnchorStatsRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorStatsRequest
             * @static
             * @param {kvmesh.v1.AnchorStatsRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorStatsRequest} AnchorStatsRequest instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorStatsRequest.$Shape): kvmesh.v1.AnchorStatsRequest & kvmesh.v1.AnchorStatsRequest.$Shape;
             *   (properties?: kvmesh.v1.AnchorStatsRequest.$Properties): kvmesh.v1.AnchorStatsRequest;
             * }}
             */
            AnchorStatsRequest.create = function(properties) {
                return new AnchorStatsRequest(properties);
            };

            /**
             * Encodes the specified AnchorStatsRequest message. Does not implicitly {@link kvmesh.v1.AnchorStatsRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorStatsRequest
             * @static
             * @param {kvmesh.v1.AnchorStatsRequest.$Properties} message AnchorStatsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorStatsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorStatsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorStatsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorStatsRequest & kvmesh.v1.AnchorStatsRequest.$Shape} AnchorStatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorStatsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorStatsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorStatsRequest message.
             * @function verify
             * @memberof kvmesh.v1.AnchorStatsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorStatsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates an AnchorStatsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorStatsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorStatsRequest} AnchorStatsRequest
             */
            AnchorStatsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorStatsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorStatsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.kvmesh.v1.AnchorStatsRequest();
            };

            /**
             * Creates a plain object from an AnchorStatsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorStatsRequest
             * @static
             * @param {kvmesh.v1.AnchorStatsRequest} message AnchorStatsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorStatsRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this AnchorStatsRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorStatsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorStatsRequest.prototype.toJSON = function() {
                return AnchorStatsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorStatsRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorStatsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorStatsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorStatsRequest";
            };

            return AnchorStatsRequest;
        })();

        v1.AnchorStatsReply = (function() {

            /**
             * Properties of an AnchorStatsReply.
             * @typedef {Object} kvmesh.v1.AnchorStatsReply.$Properties
             * @property {number|null} [kinds] AnchorStatsReply kinds
             * @property {number|null} [anchors] AnchorStatsReply anchors
             * @property {number|null} [bytes] AnchorStatsReply bytes
             * @property {number|null} [corrected] AnchorStatsReply corrected
             * @property {number|null} [prefills] AnchorStatsReply prefills
             * @property {number|null} [observations] AnchorStatsReply observations
             * @property {number|null} [ahead] AnchorStatsReply ahead
             * @property {number|null} [aheadUsed] AnchorStatsReply aheadUsed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnchorStatsReply.
             * @memberof kvmesh.v1
             * @interface IAnchorStatsReply
             * @augments kvmesh.v1.AnchorStatsReply.$Properties
             * @deprecated Use kvmesh.v1.AnchorStatsReply.$Properties instead.
             */

            /**
             * Shape of an AnchorStatsReply.
             * @typedef {kvmesh.v1.AnchorStatsReply.$Properties} kvmesh.v1.AnchorStatsReply.$Shape
             */

            /**
             * Constructs a new AnchorStatsReply.
             * @memberof kvmesh.v1
             * @classdesc Represents an AnchorStatsReply.
             * @constructor
             * @param {kvmesh.v1.AnchorStatsReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnchorStatsReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnchorStatsReply kinds.
             * @member {number} kinds
             * @memberof kvmesh.v1.AnchorStatsReply
             * @instance
             */
            AnchorStatsReply.prototype.kinds = 0;

            /**
             * AnchorStatsReply anchors.
             * @member {number} anchors
             * @memberof kvmesh.v1.AnchorStatsReply
             * @instance
             */
            AnchorStatsReply.prototype.anchors = 0;

            /**
             * AnchorStatsReply bytes.
             * @member {number} bytes
             * @memberof kvmesh.v1.AnchorStatsReply
             * @instance
             */
            AnchorStatsReply.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AnchorStatsReply corrected.
             * @member {number} corrected
             * @memberof kvmesh.v1.AnchorStatsReply
             * @instance
             */
            AnchorStatsReply.prototype.corrected = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AnchorStatsReply prefills.
             * @member {number} prefills
             * @memberof kvmesh.v1.AnchorStatsReply
             * @instance
             */
            AnchorStatsReply.prototype.prefills = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AnchorStatsReply observations.
             * @member {number} observations
             * @memberof kvmesh.v1.AnchorStatsReply
             * @instance
             */
            AnchorStatsReply.prototype.observations = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AnchorStatsReply ahead.
             * @member {number} ahead
             * @memberof kvmesh.v1.AnchorStatsReply
             * @instance
             */
            AnchorStatsReply.prototype.ahead = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AnchorStatsReply aheadUsed.
             * @member {number} aheadUsed
             * @memberof kvmesh.v1.AnchorStatsReply
             * @instance
             */
            AnchorStatsReply.prototype.aheadUsed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new AnchorStatsReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.AnchorStatsReply
             * @static
             * @param {kvmesh.v1.AnchorStatsReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.AnchorStatsReply} AnchorStatsReply instance
             * @type {{
             *   (properties: kvmesh.v1.AnchorStatsReply.$Shape): kvmesh.v1.AnchorStatsReply & kvmesh.v1.AnchorStatsReply.$Shape;
             *   (properties?: kvmesh.v1.AnchorStatsReply.$Properties): kvmesh.v1.AnchorStatsReply;
             * }}
             */
            AnchorStatsReply.create = function(properties) {
                return new AnchorStatsReply(properties);
            };

            /**
             * Encodes the specified AnchorStatsReply message. Does not implicitly {@link kvmesh.v1.AnchorStatsReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.AnchorStatsReply
             * @static
             * @param {kvmesh.v1.AnchorStatsReply.$Properties} message AnchorStatsReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnchorStatsReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kinds != null && $Object.hasOwnProperty.call(message, "kinds") && message.kinds !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.kinds);
                if (message.anchors != null && $Object.hasOwnProperty.call(message, "anchors") && message.anchors !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.anchors);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.bytes);
                if (message.corrected != null && $Object.hasOwnProperty.call(message, "corrected") && (typeof message.corrected === "object" ? message.corrected.low || message.corrected.high : message.corrected !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.corrected);
                if (message.prefills != null && $Object.hasOwnProperty.call(message, "prefills") && (typeof message.prefills === "object" ? message.prefills.low || message.prefills.high : message.prefills !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.prefills);
                if (message.observations != null && $Object.hasOwnProperty.call(message, "observations") && (typeof message.observations === "object" ? message.observations.low || message.observations.high : message.observations !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.observations);
                if (message.ahead != null && $Object.hasOwnProperty.call(message, "ahead") && (typeof message.ahead === "object" ? message.ahead.low || message.ahead.high : message.ahead !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.ahead);
                if (message.aheadUsed != null && $Object.hasOwnProperty.call(message, "aheadUsed") && (typeof message.aheadUsed === "object" ? message.aheadUsed.low || message.aheadUsed.high : message.aheadUsed !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.aheadUsed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnchorStatsReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.AnchorStatsReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.AnchorStatsReply & kvmesh.v1.AnchorStatsReply.$Shape} AnchorStatsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnchorStatsReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.AnchorStatsReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.kinds = value;
                            else
                                delete message.kinds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.anchors = value;
                            else
                                delete message.anchors;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.corrected = value;
                            else
                                delete message.corrected;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.prefills = value;
                            else
                                delete message.prefills;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.observations = value;
                            else
                                delete message.observations;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ahead = value;
                            else
                                delete message.ahead;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.aheadUsed = value;
                            else
                                delete message.aheadUsed;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AnchorStatsReply message.
             * @function verify
             * @memberof kvmesh.v1.AnchorStatsReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnchorStatsReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kinds != null && $Object.hasOwnProperty.call(message, "kinds"))
                    if (!$util.isInteger(message.kinds))
                        return "kinds: integer expected";
                if (message.anchors != null && $Object.hasOwnProperty.call(message, "anchors"))
                    if (!$util.isInteger(message.anchors))
                        return "anchors: integer expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                if (message.corrected != null && $Object.hasOwnProperty.call(message, "corrected"))
                    if (!$util.isInteger(message.corrected) && !(message.corrected && $util.isInteger(message.corrected.low) && $util.isInteger(message.corrected.high)))
                        return "corrected: integer|Long expected";
                if (message.prefills != null && $Object.hasOwnProperty.call(message, "prefills"))
                    if (!$util.isInteger(message.prefills) && !(message.prefills && $util.isInteger(message.prefills.low) && $util.isInteger(message.prefills.high)))
                        return "prefills: integer|Long expected";
                if (message.observations != null && $Object.hasOwnProperty.call(message, "observations"))
                    if (!$util.isInteger(message.observations) && !(message.observations && $util.isInteger(message.observations.low) && $util.isInteger(message.observations.high)))
                        return "observations: integer|Long expected";
                if (message.ahead != null && $Object.hasOwnProperty.call(message, "ahead"))
                    if (!$util.isInteger(message.ahead) && !(message.ahead && $util.isInteger(message.ahead.low) && $util.isInteger(message.ahead.high)))
                        return "ahead: integer|Long expected";
                if (message.aheadUsed != null && $Object.hasOwnProperty.call(message, "aheadUsed"))
                    if (!$util.isInteger(message.aheadUsed) && !(message.aheadUsed && $util.isInteger(message.aheadUsed.low) && $util.isInteger(message.aheadUsed.high)))
                        return "aheadUsed: integer|Long expected";
                return null;
            };

            /**
             * Creates an AnchorStatsReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.AnchorStatsReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.AnchorStatsReply} AnchorStatsReply
             */
            AnchorStatsReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.AnchorStatsReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.AnchorStatsReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.AnchorStatsReply();
                if (object.kinds != null)
                    if ($Number(object.kinds) !== 0)
                        message.kinds = object.kinds >>> 0;
                if (object.anchors != null)
                    if ($Number(object.anchors) !== 0)
                        message.anchors = object.anchors >>> 0;
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                if (object.corrected != null)
                    if (typeof object.corrected === "object" ? object.corrected.low || object.corrected.high : $Number(object.corrected) !== 0)
                        if ($util.Long)
                            message.corrected = $util.Long.fromValue(object.corrected, true);
                        else if (typeof object.corrected === "string")
                            message.corrected = $parseInt(object.corrected, 10);
                        else if (typeof object.corrected === "number")
                            message.corrected = object.corrected;
                        else if (typeof object.corrected === "object")
                            message.corrected = new $util.LongBits(object.corrected.low >>> 0, object.corrected.high >>> 0).toNumber(true);
                if (object.prefills != null)
                    if (typeof object.prefills === "object" ? object.prefills.low || object.prefills.high : $Number(object.prefills) !== 0)
                        if ($util.Long)
                            message.prefills = $util.Long.fromValue(object.prefills, true);
                        else if (typeof object.prefills === "string")
                            message.prefills = $parseInt(object.prefills, 10);
                        else if (typeof object.prefills === "number")
                            message.prefills = object.prefills;
                        else if (typeof object.prefills === "object")
                            message.prefills = new $util.LongBits(object.prefills.low >>> 0, object.prefills.high >>> 0).toNumber(true);
                if (object.observations != null)
                    if (typeof object.observations === "object" ? object.observations.low || object.observations.high : $Number(object.observations) !== 0)
                        if ($util.Long)
                            message.observations = $util.Long.fromValue(object.observations, true);
                        else if (typeof object.observations === "string")
                            message.observations = $parseInt(object.observations, 10);
                        else if (typeof object.observations === "number")
                            message.observations = object.observations;
                        else if (typeof object.observations === "object")
                            message.observations = new $util.LongBits(object.observations.low >>> 0, object.observations.high >>> 0).toNumber(true);
                if (object.ahead != null)
                    if (typeof object.ahead === "object" ? object.ahead.low || object.ahead.high : $Number(object.ahead) !== 0)
                        if ($util.Long)
                            message.ahead = $util.Long.fromValue(object.ahead, true);
                        else if (typeof object.ahead === "string")
                            message.ahead = $parseInt(object.ahead, 10);
                        else if (typeof object.ahead === "number")
                            message.ahead = object.ahead;
                        else if (typeof object.ahead === "object")
                            message.ahead = new $util.LongBits(object.ahead.low >>> 0, object.ahead.high >>> 0).toNumber(true);
                if (object.aheadUsed != null)
                    if (typeof object.aheadUsed === "object" ? object.aheadUsed.low || object.aheadUsed.high : $Number(object.aheadUsed) !== 0)
                        if ($util.Long)
                            message.aheadUsed = $util.Long.fromValue(object.aheadUsed, true);
                        else if (typeof object.aheadUsed === "string")
                            message.aheadUsed = $parseInt(object.aheadUsed, 10);
                        else if (typeof object.aheadUsed === "number")
                            message.aheadUsed = object.aheadUsed;
                        else if (typeof object.aheadUsed === "object")
                            message.aheadUsed = new $util.LongBits(object.aheadUsed.low >>> 0, object.aheadUsed.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an AnchorStatsReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.AnchorStatsReply
             * @static
             * @param {kvmesh.v1.AnchorStatsReply} message AnchorStatsReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnchorStatsReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kinds = 0;
                    object.anchors = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.corrected = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.corrected = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.prefills = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.prefills = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.observations = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.observations = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.ahead = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ahead = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.aheadUsed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.aheadUsed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.kinds != null && $Object.hasOwnProperty.call(message, "kinds"))
                    object.kinds = message.kinds;
                if (message.anchors != null && $Object.hasOwnProperty.call(message, "anchors"))
                    object.anchors = message.anchors;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                if (message.corrected != null && $Object.hasOwnProperty.call(message, "corrected"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.corrected = typeof message.corrected === "number" ? $BigInt(message.corrected) : $util.Long.fromBits(message.corrected.low >>> 0, message.corrected.high >>> 0, true).toBigInt();
                    else if (typeof message.corrected === "number")
                        object.corrected = options.longs === $String ? $String(message.corrected) : message.corrected;
                    else
                        object.corrected = options.longs === $String ? $util.Long.prototype.toString.call(message.corrected) : options.longs === $Number ? new $util.LongBits(message.corrected.low >>> 0, message.corrected.high >>> 0).toNumber(true) : message.corrected;
                if (message.prefills != null && $Object.hasOwnProperty.call(message, "prefills"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.prefills = typeof message.prefills === "number" ? $BigInt(message.prefills) : $util.Long.fromBits(message.prefills.low >>> 0, message.prefills.high >>> 0, true).toBigInt();
                    else if (typeof message.prefills === "number")
                        object.prefills = options.longs === $String ? $String(message.prefills) : message.prefills;
                    else
                        object.prefills = options.longs === $String ? $util.Long.prototype.toString.call(message.prefills) : options.longs === $Number ? new $util.LongBits(message.prefills.low >>> 0, message.prefills.high >>> 0).toNumber(true) : message.prefills;
                if (message.observations != null && $Object.hasOwnProperty.call(message, "observations"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.observations = typeof message.observations === "number" ? $BigInt(message.observations) : $util.Long.fromBits(message.observations.low >>> 0, message.observations.high >>> 0, true).toBigInt();
                    else if (typeof message.observations === "number")
                        object.observations = options.longs === $String ? $String(message.observations) : message.observations;
                    else
                        object.observations = options.longs === $String ? $util.Long.prototype.toString.call(message.observations) : options.longs === $Number ? new $util.LongBits(message.observations.low >>> 0, message.observations.high >>> 0).toNumber(true) : message.observations;
                if (message.ahead != null && $Object.hasOwnProperty.call(message, "ahead"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ahead = typeof message.ahead === "number" ? $BigInt(message.ahead) : $util.Long.fromBits(message.ahead.low >>> 0, message.ahead.high >>> 0, true).toBigInt();
                    else if (typeof message.ahead === "number")
                        object.ahead = options.longs === $String ? $String(message.ahead) : message.ahead;
                    else
                        object.ahead = options.longs === $String ? $util.Long.prototype.toString.call(message.ahead) : options.longs === $Number ? new $util.LongBits(message.ahead.low >>> 0, message.ahead.high >>> 0).toNumber(true) : message.ahead;
                if (message.aheadUsed != null && $Object.hasOwnProperty.call(message, "aheadUsed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.aheadUsed = typeof message.aheadUsed === "number" ? $BigInt(message.aheadUsed) : $util.Long.fromBits(message.aheadUsed.low >>> 0, message.aheadUsed.high >>> 0, true).toBigInt();
                    else if (typeof message.aheadUsed === "number")
                        object.aheadUsed = options.longs === $String ? $String(message.aheadUsed) : message.aheadUsed;
                    else
                        object.aheadUsed = options.longs === $String ? $util.Long.prototype.toString.call(message.aheadUsed) : options.longs === $Number ? new $util.LongBits(message.aheadUsed.low >>> 0, message.aheadUsed.high >>> 0).toNumber(true) : message.aheadUsed;
                return object;
            };

            /**
             * Converts this AnchorStatsReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.AnchorStatsReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnchorStatsReply.prototype.toJSON = function() {
                return AnchorStatsReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnchorStatsReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.AnchorStatsReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnchorStatsReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.AnchorStatsReply";
            };

            return AnchorStatsReply;
        })();

        v1.SegmentManifest = (function() {

            /**
             * Properties of a SegmentManifest.
             * @typedef {Object} kvmesh.v1.SegmentManifest.$Properties
             * @property {string|null} [keyDigest] SegmentManifest keyDigest
             * @property {string|null} [modelFingerprint] SegmentManifest modelFingerprint
             * @property {string|null} [kType] SegmentManifest kType
             * @property {string|null} [vType] SegmentManifest vType
             * @property {number|null} [nLayer] SegmentManifest nLayer
             * @property {number|null} [rowK] SegmentManifest rowK
             * @property {number|null} [rowV] SegmentManifest rowV
             * @property {Array.<number>|null} [tokens] SegmentManifest tokens
             * @property {Array.<number>|null} [positions] SegmentManifest positions
             * @property {string|null} [contextDigest] SegmentManifest contextDigest
             * @property {number|null} [byteLength] SegmentManifest byteLength
             * @property {string|null} [checksum] SegmentManifest checksum
             * @property {number|null} [stateFormatVersion] SegmentManifest stateFormatVersion
             * @property {number|null} [storedUnixMs] SegmentManifest storedUnixMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SegmentManifest.
             * @memberof kvmesh.v1
             * @interface ISegmentManifest
             * @augments kvmesh.v1.SegmentManifest.$Properties
             * @deprecated Use kvmesh.v1.SegmentManifest.$Properties instead.
             */

            /**
             * Shape of a SegmentManifest.
             * @typedef {kvmesh.v1.SegmentManifest.$Properties} kvmesh.v1.SegmentManifest.$Shape
             */

            /**
             * Constructs a new SegmentManifest.
             * @memberof kvmesh.v1
             * @classdesc Represents a SegmentManifest.
             * @constructor
             * @param {kvmesh.v1.SegmentManifest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SegmentManifest = function (properties) {
                this.tokens = [];
                this.positions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SegmentManifest keyDigest.
             * @member {string} keyDigest
             * @memberof kvmesh.v1.SegmentManifest
             * @instance
             */
            SegmentManifest.prototype.keyDigest = "";

            /**
             * SegmentManifest modelFingerprint.
             * @member {string} modelFingerprint
             * @memberof kvmesh.v1.SegmentManifest
             * @instance
             */
            SegmentManifest.prototype.modelFingerprint = "";

            /**
             * SegmentManifest kType.
             * @member {string} kType
             * @memberof kvmesh.v1.SegmentManifest
             * @instance
             */
            SegmentManifest.prototype.kType = "";

            /**
             * SegmentManifest vType.
             * @member {string} vType
             * @memberof kvmesh.v1.SegmentManifest
             * @instance
             */
            SegmentManifest.prototype.vType = "";

            /**
             * SegmentManifest nLayer.
             * @member {number} nLayer
             * @memberof kvmesh.v1.SegmentManifest
             * @instance
             */
            SegmentManifest.prototype.nLayer = 0;

            /**
             * SegmentManifest rowK.
             * @member {number} rowK
             * @memberof kvmesh.v1.SegmentManifest
             * @instance
             */
            SegmentManifest.prototype.rowK = 0;

            /**
             * SegmentManifest rowV.
             * @member {number} rowV
             * @memberof kvmesh.v1.SegmentManifest
             * @instance
             */
            SegmentManifest.prototype.rowV = 0;

            /**
             * SegmentManifest tokens.
             * @member {Array.<number>} tokens
             * @memberof kvmesh.v1.SegmentManifest
             * @instance
             */
            SegmentManifest.prototype.tokens = $util.emptyArray;

            /**
             * SegmentManifest positions.
             * @member {Array.<number>} positions
             * @memberof kvmesh.v1.SegmentManifest
             * @instance
             */
            SegmentManifest.prototype.positions = $util.emptyArray;

            /**
             * SegmentManifest contextDigest.
             * @member {string} contextDigest
             * @memberof kvmesh.v1.SegmentManifest
             * @instance
             */
            SegmentManifest.prototype.contextDigest = "";

            /**
             * SegmentManifest byteLength.
             * @member {number} byteLength
             * @memberof kvmesh.v1.SegmentManifest
             * @instance
             */
            SegmentManifest.prototype.byteLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SegmentManifest checksum.
             * @member {string} checksum
             * @memberof kvmesh.v1.SegmentManifest
             * @instance
             */
            SegmentManifest.prototype.checksum = "";

            /**
             * SegmentManifest stateFormatVersion.
             * @member {number} stateFormatVersion
             * @memberof kvmesh.v1.SegmentManifest
             * @instance
             */
            SegmentManifest.prototype.stateFormatVersion = 0;

            /**
             * SegmentManifest storedUnixMs.
             * @member {number} storedUnixMs
             * @memberof kvmesh.v1.SegmentManifest
             * @instance
             */
            SegmentManifest.prototype.storedUnixMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SegmentManifest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.SegmentManifest
             * @static
             * @param {kvmesh.v1.SegmentManifest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.SegmentManifest} SegmentManifest instance
             * @type {{
             *   (properties: kvmesh.v1.SegmentManifest.$Shape): kvmesh.v1.SegmentManifest & kvmesh.v1.SegmentManifest.$Shape;
             *   (properties?: kvmesh.v1.SegmentManifest.$Properties): kvmesh.v1.SegmentManifest;
             * }}
             */
            SegmentManifest.create = function(properties) {
                return new SegmentManifest(properties);
            };

            /**
             * Encodes the specified SegmentManifest message. Does not implicitly {@link kvmesh.v1.SegmentManifest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.SegmentManifest
             * @static
             * @param {kvmesh.v1.SegmentManifest.$Properties} message SegmentManifest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentManifest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest") && message.keyDigest !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyDigest);
                if (message.modelFingerprint != null && $Object.hasOwnProperty.call(message, "modelFingerprint") && message.modelFingerprint !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.modelFingerprint);
                if (message.kType != null && $Object.hasOwnProperty.call(message, "kType") && message.kType !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.kType);
                if (message.vType != null && $Object.hasOwnProperty.call(message, "vType") && message.vType !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.vType);
                if (message.nLayer != null && $Object.hasOwnProperty.call(message, "nLayer") && message.nLayer !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.nLayer);
                if (message.rowK != null && $Object.hasOwnProperty.call(message, "rowK") && message.rowK !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.rowK);
                if (message.rowV != null && $Object.hasOwnProperty.call(message, "rowV") && message.rowV !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.rowV);
                if (message.tokens != null && message.tokens.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).int32s(message.tokens);
                if (message.positions != null && message.positions.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).int32s(message.positions);
                if (message.contextDigest != null && $Object.hasOwnProperty.call(message, "contextDigest") && message.contextDigest !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.contextDigest);
                if (message.byteLength != null && $Object.hasOwnProperty.call(message, "byteLength") && (typeof message.byteLength === "object" ? message.byteLength.low || message.byteLength.high : message.byteLength !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.byteLength);
                if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum") && message.checksum !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.checksum);
                if (message.stateFormatVersion != null && $Object.hasOwnProperty.call(message, "stateFormatVersion") && message.stateFormatVersion !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.stateFormatVersion);
                if (message.storedUnixMs != null && $Object.hasOwnProperty.call(message, "storedUnixMs") && (typeof message.storedUnixMs === "object" ? message.storedUnixMs.low || message.storedUnixMs.high : message.storedUnixMs !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.storedUnixMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SegmentManifest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.SegmentManifest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.SegmentManifest & kvmesh.v1.SegmentManifest.$Shape} SegmentManifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentManifest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.SegmentManifest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyDigest = value;
                            else
                                delete message.keyDigest;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelFingerprint = value;
                            else
                                delete message.modelFingerprint;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kType = value;
                            else
                                delete message.kType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.vType = value;
                            else
                                delete message.vType;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nLayer = value;
                            else
                                delete message.nLayer;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rowK = value;
                            else
                                delete message.rowK;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rowV = value;
                            else
                                delete message.rowV;
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.tokens && message.tokens.length))
                                    message.tokens = [];
                                reader.int32s(message.tokens);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.tokens && message.tokens.length))
                                message.tokens = [];
                            message.tokens.push(reader.int32());
                            continue;
                        }
                    case 9: {
                            if (wireType === 2) {
                                if (!(message.positions && message.positions.length))
                                    message.positions = [];
                                reader.int32s(message.positions);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.positions && message.positions.length))
                                message.positions = [];
                            message.positions.push(reader.int32());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contextDigest = value;
                            else
                                delete message.contextDigest;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.byteLength = value;
                            else
                                delete message.byteLength;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.checksum = value;
                            else
                                delete message.checksum;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.stateFormatVersion = value;
                            else
                                delete message.stateFormatVersion;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.storedUnixMs = value;
                            else
                                delete message.storedUnixMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SegmentManifest message.
             * @function verify
             * @memberof kvmesh.v1.SegmentManifest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SegmentManifest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    if (!$util.isString(message.keyDigest))
                        return "keyDigest: string expected";
                if (message.modelFingerprint != null && $Object.hasOwnProperty.call(message, "modelFingerprint"))
                    if (!$util.isString(message.modelFingerprint))
                        return "modelFingerprint: string expected";
                if (message.kType != null && $Object.hasOwnProperty.call(message, "kType"))
                    if (!$util.isString(message.kType))
                        return "kType: string expected";
                if (message.vType != null && $Object.hasOwnProperty.call(message, "vType"))
                    if (!$util.isString(message.vType))
                        return "vType: string expected";
                if (message.nLayer != null && $Object.hasOwnProperty.call(message, "nLayer"))
                    if (!$util.isInteger(message.nLayer))
                        return "nLayer: integer expected";
                if (message.rowK != null && $Object.hasOwnProperty.call(message, "rowK"))
                    if (!$util.isInteger(message.rowK))
                        return "rowK: integer expected";
                if (message.rowV != null && $Object.hasOwnProperty.call(message, "rowV"))
                    if (!$util.isInteger(message.rowV))
                        return "rowV: integer expected";
                if (message.tokens != null && $Object.hasOwnProperty.call(message, "tokens")) {
                    if (!$Array.isArray(message.tokens))
                        return "tokens: array expected";
                    for (let i = 0; i < message.tokens.length; ++i)
                        if (!$util.isInteger(message.tokens[i]))
                            return "tokens: integer[] expected";
                }
                if (message.positions != null && $Object.hasOwnProperty.call(message, "positions")) {
                    if (!$Array.isArray(message.positions))
                        return "positions: array expected";
                    for (let i = 0; i < message.positions.length; ++i)
                        if (!$util.isInteger(message.positions[i]))
                            return "positions: integer[] expected";
                }
                if (message.contextDigest != null && $Object.hasOwnProperty.call(message, "contextDigest"))
                    if (!$util.isString(message.contextDigest))
                        return "contextDigest: string expected";
                if (message.byteLength != null && $Object.hasOwnProperty.call(message, "byteLength"))
                    if (!$util.isInteger(message.byteLength) && !(message.byteLength && $util.isInteger(message.byteLength.low) && $util.isInteger(message.byteLength.high)))
                        return "byteLength: integer|Long expected";
                if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                    if (!$util.isString(message.checksum))
                        return "checksum: string expected";
                if (message.stateFormatVersion != null && $Object.hasOwnProperty.call(message, "stateFormatVersion"))
                    if (!$util.isInteger(message.stateFormatVersion))
                        return "stateFormatVersion: integer expected";
                if (message.storedUnixMs != null && $Object.hasOwnProperty.call(message, "storedUnixMs"))
                    if (!$util.isInteger(message.storedUnixMs) && !(message.storedUnixMs && $util.isInteger(message.storedUnixMs.low) && $util.isInteger(message.storedUnixMs.high)))
                        return "storedUnixMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a SegmentManifest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.SegmentManifest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.SegmentManifest} SegmentManifest
             */
            SegmentManifest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.SegmentManifest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.SegmentManifest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.SegmentManifest();
                if (object.keyDigest != null)
                    if (typeof object.keyDigest !== "string" || object.keyDigest.length)
                        message.keyDigest = $String(object.keyDigest);
                if (object.modelFingerprint != null)
                    if (typeof object.modelFingerprint !== "string" || object.modelFingerprint.length)
                        message.modelFingerprint = $String(object.modelFingerprint);
                if (object.kType != null)
                    if (typeof object.kType !== "string" || object.kType.length)
                        message.kType = $String(object.kType);
                if (object.vType != null)
                    if (typeof object.vType !== "string" || object.vType.length)
                        message.vType = $String(object.vType);
                if (object.nLayer != null)
                    if ($Number(object.nLayer) !== 0)
                        message.nLayer = object.nLayer >>> 0;
                if (object.rowK != null)
                    if ($Number(object.rowK) !== 0)
                        message.rowK = object.rowK >>> 0;
                if (object.rowV != null)
                    if ($Number(object.rowV) !== 0)
                        message.rowV = object.rowV >>> 0;
                if (object.tokens) {
                    if (!$Array.isArray(object.tokens))
                        throw $TypeError(".kvmesh.v1.SegmentManifest.tokens: array expected");
                    message.tokens = $Array(object.tokens.length);
                    for (let i = 0; i < object.tokens.length; ++i)
                        message.tokens[i] = object.tokens[i] | 0;
                }
                if (object.positions) {
                    if (!$Array.isArray(object.positions))
                        throw $TypeError(".kvmesh.v1.SegmentManifest.positions: array expected");
                    message.positions = $Array(object.positions.length);
                    for (let i = 0; i < object.positions.length; ++i)
                        message.positions[i] = object.positions[i] | 0;
                }
                if (object.contextDigest != null)
                    if (typeof object.contextDigest !== "string" || object.contextDigest.length)
                        message.contextDigest = $String(object.contextDigest);
                if (object.byteLength != null)
                    if (typeof object.byteLength === "object" ? object.byteLength.low || object.byteLength.high : $Number(object.byteLength) !== 0)
                        if ($util.Long)
                            message.byteLength = $util.Long.fromValue(object.byteLength, true);
                        else if (typeof object.byteLength === "string")
                            message.byteLength = $parseInt(object.byteLength, 10);
                        else if (typeof object.byteLength === "number")
                            message.byteLength = object.byteLength;
                        else if (typeof object.byteLength === "object")
                            message.byteLength = new $util.LongBits(object.byteLength.low >>> 0, object.byteLength.high >>> 0).toNumber(true);
                if (object.checksum != null)
                    if (typeof object.checksum !== "string" || object.checksum.length)
                        message.checksum = $String(object.checksum);
                if (object.stateFormatVersion != null)
                    if ($Number(object.stateFormatVersion) !== 0)
                        message.stateFormatVersion = object.stateFormatVersion >>> 0;
                if (object.storedUnixMs != null)
                    if (typeof object.storedUnixMs === "object" ? object.storedUnixMs.low || object.storedUnixMs.high : $Number(object.storedUnixMs) !== 0)
                        if ($util.Long)
                            message.storedUnixMs = $util.Long.fromValue(object.storedUnixMs, true);
                        else if (typeof object.storedUnixMs === "string")
                            message.storedUnixMs = $parseInt(object.storedUnixMs, 10);
                        else if (typeof object.storedUnixMs === "number")
                            message.storedUnixMs = object.storedUnixMs;
                        else if (typeof object.storedUnixMs === "object")
                            message.storedUnixMs = new $util.LongBits(object.storedUnixMs.low >>> 0, object.storedUnixMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a SegmentManifest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.SegmentManifest
             * @static
             * @param {kvmesh.v1.SegmentManifest} message SegmentManifest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SegmentManifest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.tokens = [];
                    object.positions = [];
                }
                if (options.defaults) {
                    object.keyDigest = "";
                    object.modelFingerprint = "";
                    object.kType = "";
                    object.vType = "";
                    object.nLayer = 0;
                    object.rowK = 0;
                    object.rowV = 0;
                    object.contextDigest = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.byteLength = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.byteLength = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.checksum = "";
                    object.stateFormatVersion = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.storedUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.storedUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    object.keyDigest = message.keyDigest;
                if (message.modelFingerprint != null && $Object.hasOwnProperty.call(message, "modelFingerprint"))
                    object.modelFingerprint = message.modelFingerprint;
                if (message.kType != null && $Object.hasOwnProperty.call(message, "kType"))
                    object.kType = message.kType;
                if (message.vType != null && $Object.hasOwnProperty.call(message, "vType"))
                    object.vType = message.vType;
                if (message.nLayer != null && $Object.hasOwnProperty.call(message, "nLayer"))
                    object.nLayer = message.nLayer;
                if (message.rowK != null && $Object.hasOwnProperty.call(message, "rowK"))
                    object.rowK = message.rowK;
                if (message.rowV != null && $Object.hasOwnProperty.call(message, "rowV"))
                    object.rowV = message.rowV;
                if (message.tokens && message.tokens.length) {
                    object.tokens = $Array(message.tokens.length);
                    for (let j = 0; j < message.tokens.length; ++j)
                        object.tokens[j] = message.tokens[j];
                }
                if (message.positions && message.positions.length) {
                    object.positions = $Array(message.positions.length);
                    for (let j = 0; j < message.positions.length; ++j)
                        object.positions[j] = message.positions[j];
                }
                if (message.contextDigest != null && $Object.hasOwnProperty.call(message, "contextDigest"))
                    object.contextDigest = message.contextDigest;
                if (message.byteLength != null && $Object.hasOwnProperty.call(message, "byteLength"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.byteLength = typeof message.byteLength === "number" ? $BigInt(message.byteLength) : $util.Long.fromBits(message.byteLength.low >>> 0, message.byteLength.high >>> 0, true).toBigInt();
                    else if (typeof message.byteLength === "number")
                        object.byteLength = options.longs === $String ? $String(message.byteLength) : message.byteLength;
                    else
                        object.byteLength = options.longs === $String ? $util.Long.prototype.toString.call(message.byteLength) : options.longs === $Number ? new $util.LongBits(message.byteLength.low >>> 0, message.byteLength.high >>> 0).toNumber(true) : message.byteLength;
                if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                    object.checksum = message.checksum;
                if (message.stateFormatVersion != null && $Object.hasOwnProperty.call(message, "stateFormatVersion"))
                    object.stateFormatVersion = message.stateFormatVersion;
                if (message.storedUnixMs != null && $Object.hasOwnProperty.call(message, "storedUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.storedUnixMs = typeof message.storedUnixMs === "number" ? $BigInt(message.storedUnixMs) : $util.Long.fromBits(message.storedUnixMs.low >>> 0, message.storedUnixMs.high >>> 0, true).toBigInt();
                    else if (typeof message.storedUnixMs === "number")
                        object.storedUnixMs = options.longs === $String ? $String(message.storedUnixMs) : message.storedUnixMs;
                    else
                        object.storedUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.storedUnixMs) : options.longs === $Number ? new $util.LongBits(message.storedUnixMs.low >>> 0, message.storedUnixMs.high >>> 0).toNumber(true) : message.storedUnixMs;
                return object;
            };

            /**
             * Converts this SegmentManifest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.SegmentManifest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SegmentManifest.prototype.toJSON = function() {
                return SegmentManifest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SegmentManifest
             * @function getTypeUrl
             * @memberof kvmesh.v1.SegmentManifest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SegmentManifest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.SegmentManifest";
            };

            return SegmentManifest;
        })();

        v1.PutHeader = (function() {

            /**
             * Properties of a PutHeader.
             * @typedef {Object} kvmesh.v1.PutHeader.$Properties
             * @property {kvmesh.v1.SegmentManifest.$Properties|null} [manifest] PutHeader manifest
             * @property {string|null} [shmPath] PutHeader shmPath
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PutHeader.
             * @memberof kvmesh.v1
             * @interface IPutHeader
             * @augments kvmesh.v1.PutHeader.$Properties
             * @deprecated Use kvmesh.v1.PutHeader.$Properties instead.
             */

            /**
             * Shape of a PutHeader.
             * @typedef {kvmesh.v1.PutHeader.$Properties} kvmesh.v1.PutHeader.$Shape
             */

            /**
             * Constructs a new PutHeader.
             * @memberof kvmesh.v1
             * @classdesc Represents a PutHeader.
             * @constructor
             * @param {kvmesh.v1.PutHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PutHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PutHeader manifest.
             * @member {kvmesh.v1.SegmentManifest.$Properties|null|undefined} manifest
             * @memberof kvmesh.v1.PutHeader
             * @instance
             */
            PutHeader.prototype.manifest = null;

            /**
             * PutHeader shmPath.
             * @member {string} shmPath
             * @memberof kvmesh.v1.PutHeader
             * @instance
             */
            PutHeader.prototype.shmPath = "";

            /**
             * Creates a new PutHeader instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.PutHeader
             * @static
             * @param {kvmesh.v1.PutHeader.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.PutHeader} PutHeader instance
             * @type {{
             *   (properties: kvmesh.v1.PutHeader.$Shape): kvmesh.v1.PutHeader & kvmesh.v1.PutHeader.$Shape;
             *   (properties?: kvmesh.v1.PutHeader.$Properties): kvmesh.v1.PutHeader;
             * }}
             */
            PutHeader.create = function(properties) {
                return new PutHeader(properties);
            };

            /**
             * Encodes the specified PutHeader message. Does not implicitly {@link kvmesh.v1.PutHeader.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.PutHeader
             * @static
             * @param {kvmesh.v1.PutHeader.$Properties} message PutHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    $root.kvmesh.v1.SegmentManifest.encode(message.manifest, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.shmPath != null && $Object.hasOwnProperty.call(message, "shmPath") && message.shmPath !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.shmPath);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PutHeader message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.PutHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.PutHeader & kvmesh.v1.PutHeader.$Shape} PutHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.PutHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.manifest = $root.kvmesh.v1.SegmentManifest.decode(reader, reader.size(), $undefined, _depth + 1, message.manifest);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.shmPath = value;
                            else
                                delete message.shmPath;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PutHeader message.
             * @function verify
             * @memberof kvmesh.v1.PutHeader
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PutHeader.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest")) {
                    let error = $root.kvmesh.v1.SegmentManifest.verify(message.manifest, _depth + 1);
                    if (error)
                        return "manifest." + error;
                }
                if (message.shmPath != null && $Object.hasOwnProperty.call(message, "shmPath"))
                    if (!$util.isString(message.shmPath))
                        return "shmPath: string expected";
                return null;
            };

            /**
             * Creates a PutHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.PutHeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.PutHeader} PutHeader
             */
            PutHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.PutHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.PutHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.PutHeader();
                if (object.manifest != null) {
                    if (!$util.isObject(object.manifest))
                        throw $TypeError(".kvmesh.v1.PutHeader.manifest: object expected");
                    message.manifest = $root.kvmesh.v1.SegmentManifest.fromObject(object.manifest, _depth + 1);
                }
                if (object.shmPath != null)
                    if (typeof object.shmPath !== "string" || object.shmPath.length)
                        message.shmPath = $String(object.shmPath);
                return message;
            };

            /**
             * Creates a plain object from a PutHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.PutHeader
             * @static
             * @param {kvmesh.v1.PutHeader} message PutHeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PutHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.manifest = null;
                    object.shmPath = "";
                }
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    object.manifest = $root.kvmesh.v1.SegmentManifest.toObject(message.manifest, options, _depth + 1);
                if (message.shmPath != null && $Object.hasOwnProperty.call(message, "shmPath"))
                    object.shmPath = message.shmPath;
                return object;
            };

            /**
             * Converts this PutHeader to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.PutHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PutHeader.prototype.toJSON = function() {
                return PutHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PutHeader
             * @function getTypeUrl
             * @memberof kvmesh.v1.PutHeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PutHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.PutHeader";
            };

            return PutHeader;
        })();

        v1.PutRequest = (function() {

            /**
             * Properties of a PutRequest.
             * @typedef {Object} kvmesh.v1.PutRequest.$Properties
             * @property {kvmesh.v1.PutHeader.$Properties|null} [header] PutRequest header
             * @property {Uint8Array|null} [chunk] PutRequest chunk
             * @property {"header"|"chunk"} [kind] PutRequest kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PutRequest.
             * @memberof kvmesh.v1
             * @interface IPutRequest
             * @augments kvmesh.v1.PutRequest.$Properties
             * @deprecated Use kvmesh.v1.PutRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a PutRequest.
             * @typedef {{
             *   header?: kvmesh.v1.PutHeader.$Shape|null;
             *   chunk?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; header?: null; chunk?: null }|{ kind?: "header"; header: kvmesh.v1.PutHeader.$Shape; chunk?: null }|{ kind?: "chunk"; header?: null; chunk: Uint8Array })
             * )} kvmesh.v1.PutRequest.$Shape
             */

            /**
             * Constructs a new PutRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents a PutRequest.
             * @constructor
             * @param {kvmesh.v1.PutRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PutRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PutRequest header.
             * @member {kvmesh.v1.PutHeader.$Properties|null|undefined} header
             * @memberof kvmesh.v1.PutRequest
             * @instance
             */
            PutRequest.prototype.header = null;

            /**
             * PutRequest chunk.
             * @member {Uint8Array|null|undefined} chunk
             * @memberof kvmesh.v1.PutRequest
             * @instance
             */
            PutRequest.prototype.chunk = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * PutRequest kind.
             * @member {"header"|"chunk"|undefined} kind
             * @memberof kvmesh.v1.PutRequest
             * @instance
             */
            $Object.defineProperty(PutRequest.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["header", "chunk"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PutRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.PutRequest
             * @static
             * @param {kvmesh.v1.PutRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.PutRequest} PutRequest instance
             * @type {{
             *   (properties: kvmesh.v1.PutRequest.$Shape): kvmesh.v1.PutRequest & kvmesh.v1.PutRequest.$Shape;
             *   (properties?: kvmesh.v1.PutRequest.$Properties): kvmesh.v1.PutRequest;
             * }}
             */
            PutRequest.create = function(properties) {
                return new PutRequest(properties);
            };

            /**
             * Encodes the specified PutRequest message. Does not implicitly {@link kvmesh.v1.PutRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.PutRequest
             * @static
             * @param {kvmesh.v1.PutRequest.$Properties} message PutRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.kvmesh.v1.PutHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.chunk);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PutRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.PutRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.PutRequest & kvmesh.v1.PutRequest.$Shape} PutRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.PutRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.kvmesh.v1.PutHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            message.kind = "header";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.chunk = reader.bytes();
                            message.kind = "chunk";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PutRequest message.
             * @function verify
             * @memberof kvmesh.v1.PutRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PutRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    properties.kind = 1;
                    {
                        let error = $root.kvmesh.v1.PutHeader.verify(message.header, _depth + 1);
                        if (error)
                            return "header." + error;
                    }
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (!(message.chunk && typeof message.chunk.length === "number" || $util.isString(message.chunk)))
                        return "chunk: buffer expected";
                }
                return null;
            };

            /**
             * Creates a PutRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.PutRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.PutRequest} PutRequest
             */
            PutRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.PutRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.PutRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.PutRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".kvmesh.v1.PutRequest.header: object expected");
                    message.header = $root.kvmesh.v1.PutHeader.fromObject(object.header, _depth + 1);
                }
                if (object.chunk != null)
                    if (typeof object.chunk === "string")
                        $util.base64.decode(object.chunk, message.chunk = $util.newBuffer($util.base64.length(object.chunk)), 0);
                    else if (object.chunk.length >= 0)
                        message.chunk = object.chunk;
                return message;
            };

            /**
             * Creates a plain object from a PutRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.PutRequest
             * @static
             * @param {kvmesh.v1.PutRequest} message PutRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PutRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    object.header = $root.kvmesh.v1.PutHeader.toObject(message.header, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "header";
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    object.chunk = options.bytes === $String ? $util.base64.encode(message.chunk, 0, message.chunk.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.chunk) : message.chunk;
                    if (options.oneofs)
                        object.kind = "chunk";
                }
                return object;
            };

            /**
             * Converts this PutRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.PutRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PutRequest.prototype.toJSON = function() {
                return PutRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PutRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.PutRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PutRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.PutRequest";
            };

            return PutRequest;
        })();

        v1.PutReply = (function() {

            /**
             * Properties of a PutReply.
             * @typedef {Object} kvmesh.v1.PutReply.$Properties
             * @property {string|null} [keyDigest] PutReply keyDigest
             * @property {number|null} [byteLength] PutReply byteLength
             * @property {boolean|null} [created] PutReply created
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PutReply.
             * @memberof kvmesh.v1
             * @interface IPutReply
             * @augments kvmesh.v1.PutReply.$Properties
             * @deprecated Use kvmesh.v1.PutReply.$Properties instead.
             */

            /**
             * Shape of a PutReply.
             * @typedef {kvmesh.v1.PutReply.$Properties} kvmesh.v1.PutReply.$Shape
             */

            /**
             * Constructs a new PutReply.
             * @memberof kvmesh.v1
             * @classdesc Represents a PutReply.
             * @constructor
             * @param {kvmesh.v1.PutReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PutReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PutReply keyDigest.
             * @member {string} keyDigest
             * @memberof kvmesh.v1.PutReply
             * @instance
             */
            PutReply.prototype.keyDigest = "";

            /**
             * PutReply byteLength.
             * @member {number} byteLength
             * @memberof kvmesh.v1.PutReply
             * @instance
             */
            PutReply.prototype.byteLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PutReply created.
             * @member {boolean} created
             * @memberof kvmesh.v1.PutReply
             * @instance
             */
            PutReply.prototype.created = false;

            /**
             * Creates a new PutReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.PutReply
             * @static
             * @param {kvmesh.v1.PutReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.PutReply} PutReply instance
             * @type {{
             *   (properties: kvmesh.v1.PutReply.$Shape): kvmesh.v1.PutReply & kvmesh.v1.PutReply.$Shape;
             *   (properties?: kvmesh.v1.PutReply.$Properties): kvmesh.v1.PutReply;
             * }}
             */
            PutReply.create = function(properties) {
                return new PutReply(properties);
            };

            /**
             * Encodes the specified PutReply message. Does not implicitly {@link kvmesh.v1.PutReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.PutReply
             * @static
             * @param {kvmesh.v1.PutReply.$Properties} message PutReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest") && message.keyDigest !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyDigest);
                if (message.byteLength != null && $Object.hasOwnProperty.call(message, "byteLength") && (typeof message.byteLength === "object" ? message.byteLength.low || message.byteLength.high : message.byteLength !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.byteLength);
                if (message.created != null && $Object.hasOwnProperty.call(message, "created") && message.created !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.created);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PutReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.PutReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.PutReply & kvmesh.v1.PutReply.$Shape} PutReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.PutReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyDigest = value;
                            else
                                delete message.keyDigest;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.byteLength = value;
                            else
                                delete message.byteLength;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.created = value;
                            else
                                delete message.created;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PutReply message.
             * @function verify
             * @memberof kvmesh.v1.PutReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PutReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    if (!$util.isString(message.keyDigest))
                        return "keyDigest: string expected";
                if (message.byteLength != null && $Object.hasOwnProperty.call(message, "byteLength"))
                    if (!$util.isInteger(message.byteLength) && !(message.byteLength && $util.isInteger(message.byteLength.low) && $util.isInteger(message.byteLength.high)))
                        return "byteLength: integer|Long expected";
                if (message.created != null && $Object.hasOwnProperty.call(message, "created"))
                    if (typeof message.created !== "boolean")
                        return "created: boolean expected";
                return null;
            };

            /**
             * Creates a PutReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.PutReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.PutReply} PutReply
             */
            PutReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.PutReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.PutReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.PutReply();
                if (object.keyDigest != null)
                    if (typeof object.keyDigest !== "string" || object.keyDigest.length)
                        message.keyDigest = $String(object.keyDigest);
                if (object.byteLength != null)
                    if (typeof object.byteLength === "object" ? object.byteLength.low || object.byteLength.high : $Number(object.byteLength) !== 0)
                        if ($util.Long)
                            message.byteLength = $util.Long.fromValue(object.byteLength, true);
                        else if (typeof object.byteLength === "string")
                            message.byteLength = $parseInt(object.byteLength, 10);
                        else if (typeof object.byteLength === "number")
                            message.byteLength = object.byteLength;
                        else if (typeof object.byteLength === "object")
                            message.byteLength = new $util.LongBits(object.byteLength.low >>> 0, object.byteLength.high >>> 0).toNumber(true);
                if (object.created != null)
                    if (object.created)
                        message.created = $Boolean(object.created);
                return message;
            };

            /**
             * Creates a plain object from a PutReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.PutReply
             * @static
             * @param {kvmesh.v1.PutReply} message PutReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PutReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.keyDigest = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.byteLength = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.byteLength = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.created = false;
                }
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    object.keyDigest = message.keyDigest;
                if (message.byteLength != null && $Object.hasOwnProperty.call(message, "byteLength"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.byteLength = typeof message.byteLength === "number" ? $BigInt(message.byteLength) : $util.Long.fromBits(message.byteLength.low >>> 0, message.byteLength.high >>> 0, true).toBigInt();
                    else if (typeof message.byteLength === "number")
                        object.byteLength = options.longs === $String ? $String(message.byteLength) : message.byteLength;
                    else
                        object.byteLength = options.longs === $String ? $util.Long.prototype.toString.call(message.byteLength) : options.longs === $Number ? new $util.LongBits(message.byteLength.low >>> 0, message.byteLength.high >>> 0).toNumber(true) : message.byteLength;
                if (message.created != null && $Object.hasOwnProperty.call(message, "created"))
                    object.created = message.created;
                return object;
            };

            /**
             * Converts this PutReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.PutReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PutReply.prototype.toJSON = function() {
                return PutReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PutReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.PutReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PutReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.PutReply";
            };

            return PutReply;
        })();

        v1.GetRequest = (function() {

            /**
             * Properties of a GetRequest.
             * @typedef {Object} kvmesh.v1.GetRequest.$Properties
             * @property {string|null} [keyDigest] GetRequest keyDigest
             * @property {boolean|null} [sameHost] GetRequest sameHost
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetRequest.
             * @memberof kvmesh.v1
             * @interface IGetRequest
             * @augments kvmesh.v1.GetRequest.$Properties
             * @deprecated Use kvmesh.v1.GetRequest.$Properties instead.
             */

            /**
             * Shape of a GetRequest.
             * @typedef {kvmesh.v1.GetRequest.$Properties} kvmesh.v1.GetRequest.$Shape
             */

            /**
             * Constructs a new GetRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents a GetRequest.
             * @constructor
             * @param {kvmesh.v1.GetRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetRequest keyDigest.
             * @member {string} keyDigest
             * @memberof kvmesh.v1.GetRequest
             * @instance
             */
            GetRequest.prototype.keyDigest = "";

            /**
             * GetRequest sameHost.
             * @member {boolean} sameHost
             * @memberof kvmesh.v1.GetRequest
             * @instance
             */
            GetRequest.prototype.sameHost = false;

            /**
             * Creates a new GetRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.GetRequest
             * @static
             * @param {kvmesh.v1.GetRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.GetRequest} GetRequest instance
             * @type {{
             *   (properties: kvmesh.v1.GetRequest.$Shape): kvmesh.v1.GetRequest & kvmesh.v1.GetRequest.$Shape;
             *   (properties?: kvmesh.v1.GetRequest.$Properties): kvmesh.v1.GetRequest;
             * }}
             */
            GetRequest.create = function(properties) {
                return new GetRequest(properties);
            };

            /**
             * Encodes the specified GetRequest message. Does not implicitly {@link kvmesh.v1.GetRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.GetRequest
             * @static
             * @param {kvmesh.v1.GetRequest.$Properties} message GetRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest") && message.keyDigest !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyDigest);
                if (message.sameHost != null && $Object.hasOwnProperty.call(message, "sameHost") && message.sameHost !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.sameHost);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.GetRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.GetRequest & kvmesh.v1.GetRequest.$Shape} GetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.GetRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyDigest = value;
                            else
                                delete message.keyDigest;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.sameHost = value;
                            else
                                delete message.sameHost;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a GetRequest message.
             * @function verify
             * @memberof kvmesh.v1.GetRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    if (!$util.isString(message.keyDigest))
                        return "keyDigest: string expected";
                if (message.sameHost != null && $Object.hasOwnProperty.call(message, "sameHost"))
                    if (typeof message.sameHost !== "boolean")
                        return "sameHost: boolean expected";
                return null;
            };

            /**
             * Creates a GetRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.GetRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.GetRequest} GetRequest
             */
            GetRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.GetRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.GetRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.GetRequest();
                if (object.keyDigest != null)
                    if (typeof object.keyDigest !== "string" || object.keyDigest.length)
                        message.keyDigest = $String(object.keyDigest);
                if (object.sameHost != null)
                    if (object.sameHost)
                        message.sameHost = $Boolean(object.sameHost);
                return message;
            };

            /**
             * Creates a plain object from a GetRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.GetRequest
             * @static
             * @param {kvmesh.v1.GetRequest} message GetRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.keyDigest = "";
                    object.sameHost = false;
                }
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    object.keyDigest = message.keyDigest;
                if (message.sameHost != null && $Object.hasOwnProperty.call(message, "sameHost"))
                    object.sameHost = message.sameHost;
                return object;
            };

            /**
             * Converts this GetRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.GetRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetRequest.prototype.toJSON = function() {
                return GetRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.GetRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.GetRequest";
            };

            return GetRequest;
        })();

        v1.ShmRef = (function() {

            /**
             * Properties of a ShmRef.
             * @typedef {Object} kvmesh.v1.ShmRef.$Properties
             * @property {string|null} [path] ShmRef path
             * @property {number|null} [byteLength] ShmRef byteLength
             * @property {string|null} [lease] ShmRef lease
             * @property {number|null} [ttlMs] ShmRef ttlMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShmRef.
             * @memberof kvmesh.v1
             * @interface IShmRef
             * @augments kvmesh.v1.ShmRef.$Properties
             * @deprecated Use kvmesh.v1.ShmRef.$Properties instead.
             */

            /**
             * Shape of a ShmRef.
             * @typedef {kvmesh.v1.ShmRef.$Properties} kvmesh.v1.ShmRef.$Shape
             */

            /**
             * Constructs a new ShmRef.
             * @memberof kvmesh.v1
             * @classdesc Represents a ShmRef.
             * @constructor
             * @param {kvmesh.v1.ShmRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShmRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShmRef path.
             * @member {string} path
             * @memberof kvmesh.v1.ShmRef
             * @instance
             */
            ShmRef.prototype.path = "";

            /**
             * ShmRef byteLength.
             * @member {number} byteLength
             * @memberof kvmesh.v1.ShmRef
             * @instance
             */
            ShmRef.prototype.byteLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ShmRef lease.
             * @member {string} lease
             * @memberof kvmesh.v1.ShmRef
             * @instance
             */
            ShmRef.prototype.lease = "";

            /**
             * ShmRef ttlMs.
             * @member {number} ttlMs
             * @memberof kvmesh.v1.ShmRef
             * @instance
             */
            ShmRef.prototype.ttlMs = 0;

            /**
             * Creates a new ShmRef instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.ShmRef
             * @static
             * @param {kvmesh.v1.ShmRef.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.ShmRef} ShmRef instance
             * @type {{
             *   (properties: kvmesh.v1.ShmRef.$Shape): kvmesh.v1.ShmRef & kvmesh.v1.ShmRef.$Shape;
             *   (properties?: kvmesh.v1.ShmRef.$Properties): kvmesh.v1.ShmRef;
             * }}
             */
            ShmRef.create = function(properties) {
                return new ShmRef(properties);
            };

            /**
             * Encodes the specified ShmRef message. Does not implicitly {@link kvmesh.v1.ShmRef.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.ShmRef
             * @static
             * @param {kvmesh.v1.ShmRef.$Properties} message ShmRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShmRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.byteLength != null && $Object.hasOwnProperty.call(message, "byteLength") && (typeof message.byteLength === "object" ? message.byteLength.low || message.byteLength.high : message.byteLength !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.byteLength);
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease") && message.lease !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.lease);
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs") && message.ttlMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.ttlMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShmRef message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.ShmRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.ShmRef & kvmesh.v1.ShmRef.$Shape} ShmRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShmRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.ShmRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.byteLength = value;
                            else
                                delete message.byteLength;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lease = value;
                            else
                                delete message.lease;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ttlMs = value;
                            else
                                delete message.ttlMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ShmRef message.
             * @function verify
             * @memberof kvmesh.v1.ShmRef
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ShmRef.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.byteLength != null && $Object.hasOwnProperty.call(message, "byteLength"))
                    if (!$util.isInteger(message.byteLength) && !(message.byteLength && $util.isInteger(message.byteLength.low) && $util.isInteger(message.byteLength.high)))
                        return "byteLength: integer|Long expected";
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease"))
                    if (!$util.isString(message.lease))
                        return "lease: string expected";
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    if (!$util.isInteger(message.ttlMs))
                        return "ttlMs: integer expected";
                return null;
            };

            /**
             * Creates a ShmRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.ShmRef
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.ShmRef} ShmRef
             */
            ShmRef.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.ShmRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.ShmRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.ShmRef();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.byteLength != null)
                    if (typeof object.byteLength === "object" ? object.byteLength.low || object.byteLength.high : $Number(object.byteLength) !== 0)
                        if ($util.Long)
                            message.byteLength = $util.Long.fromValue(object.byteLength, true);
                        else if (typeof object.byteLength === "string")
                            message.byteLength = $parseInt(object.byteLength, 10);
                        else if (typeof object.byteLength === "number")
                            message.byteLength = object.byteLength;
                        else if (typeof object.byteLength === "object")
                            message.byteLength = new $util.LongBits(object.byteLength.low >>> 0, object.byteLength.high >>> 0).toNumber(true);
                if (object.lease != null)
                    if (typeof object.lease !== "string" || object.lease.length)
                        message.lease = $String(object.lease);
                if (object.ttlMs != null)
                    if ($Number(object.ttlMs) !== 0)
                        message.ttlMs = object.ttlMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ShmRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.ShmRef
             * @static
             * @param {kvmesh.v1.ShmRef} message ShmRef
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ShmRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.byteLength = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.byteLength = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.lease = "";
                    object.ttlMs = 0;
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.byteLength != null && $Object.hasOwnProperty.call(message, "byteLength"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.byteLength = typeof message.byteLength === "number" ? $BigInt(message.byteLength) : $util.Long.fromBits(message.byteLength.low >>> 0, message.byteLength.high >>> 0, true).toBigInt();
                    else if (typeof message.byteLength === "number")
                        object.byteLength = options.longs === $String ? $String(message.byteLength) : message.byteLength;
                    else
                        object.byteLength = options.longs === $String ? $util.Long.prototype.toString.call(message.byteLength) : options.longs === $Number ? new $util.LongBits(message.byteLength.low >>> 0, message.byteLength.high >>> 0).toNumber(true) : message.byteLength;
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease"))
                    object.lease = message.lease;
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    object.ttlMs = message.ttlMs;
                return object;
            };

            /**
             * Converts this ShmRef to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.ShmRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ShmRef.prototype.toJSON = function() {
                return ShmRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ShmRef
             * @function getTypeUrl
             * @memberof kvmesh.v1.ShmRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShmRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.ShmRef";
            };

            return ShmRef;
        })();

        v1.GetHeader = (function() {

            /**
             * Properties of a GetHeader.
             * @typedef {Object} kvmesh.v1.GetHeader.$Properties
             * @property {boolean|null} [hit] GetHeader hit
             * @property {kvmesh.v1.SegmentManifest.$Properties|null} [manifest] GetHeader manifest
             * @property {kvmesh.v1.ShmRef.$Properties|null} [shm] GetHeader shm
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetHeader.
             * @memberof kvmesh.v1
             * @interface IGetHeader
             * @augments kvmesh.v1.GetHeader.$Properties
             * @deprecated Use kvmesh.v1.GetHeader.$Properties instead.
             */

            /**
             * Shape of a GetHeader.
             * @typedef {kvmesh.v1.GetHeader.$Properties} kvmesh.v1.GetHeader.$Shape
             */

            /**
             * Constructs a new GetHeader.
             * @memberof kvmesh.v1
             * @classdesc Represents a GetHeader.
             * @constructor
             * @param {kvmesh.v1.GetHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetHeader hit.
             * @member {boolean} hit
             * @memberof kvmesh.v1.GetHeader
             * @instance
             */
            GetHeader.prototype.hit = false;

            /**
             * GetHeader manifest.
             * @member {kvmesh.v1.SegmentManifest.$Properties|null|undefined} manifest
             * @memberof kvmesh.v1.GetHeader
             * @instance
             */
            GetHeader.prototype.manifest = null;

            /**
             * GetHeader shm.
             * @member {kvmesh.v1.ShmRef.$Properties|null|undefined} shm
             * @memberof kvmesh.v1.GetHeader
             * @instance
             */
            GetHeader.prototype.shm = null;

            /**
             * Creates a new GetHeader instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.GetHeader
             * @static
             * @param {kvmesh.v1.GetHeader.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.GetHeader} GetHeader instance
             * @type {{
             *   (properties: kvmesh.v1.GetHeader.$Shape): kvmesh.v1.GetHeader & kvmesh.v1.GetHeader.$Shape;
             *   (properties?: kvmesh.v1.GetHeader.$Properties): kvmesh.v1.GetHeader;
             * }}
             */
            GetHeader.create = function(properties) {
                return new GetHeader(properties);
            };

            /**
             * Encodes the specified GetHeader message. Does not implicitly {@link kvmesh.v1.GetHeader.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.GetHeader
             * @static
             * @param {kvmesh.v1.GetHeader.$Properties} message GetHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hit != null && $Object.hasOwnProperty.call(message, "hit") && message.hit !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.hit);
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    $root.kvmesh.v1.SegmentManifest.encode(message.manifest, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.shm != null && $Object.hasOwnProperty.call(message, "shm"))
                    $root.kvmesh.v1.ShmRef.encode(message.shm, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetHeader message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.GetHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.GetHeader & kvmesh.v1.GetHeader.$Shape} GetHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.GetHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hit = value;
                            else
                                delete message.hit;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.manifest = $root.kvmesh.v1.SegmentManifest.decode(reader, reader.size(), $undefined, _depth + 1, message.manifest);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.shm = $root.kvmesh.v1.ShmRef.decode(reader, reader.size(), $undefined, _depth + 1, message.shm);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a GetHeader message.
             * @function verify
             * @memberof kvmesh.v1.GetHeader
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetHeader.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.hit != null && $Object.hasOwnProperty.call(message, "hit"))
                    if (typeof message.hit !== "boolean")
                        return "hit: boolean expected";
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest")) {
                    let error = $root.kvmesh.v1.SegmentManifest.verify(message.manifest, _depth + 1);
                    if (error)
                        return "manifest." + error;
                }
                if (message.shm != null && $Object.hasOwnProperty.call(message, "shm")) {
                    let error = $root.kvmesh.v1.ShmRef.verify(message.shm, _depth + 1);
                    if (error)
                        return "shm." + error;
                }
                return null;
            };

            /**
             * Creates a GetHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.GetHeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.GetHeader} GetHeader
             */
            GetHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.GetHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.GetHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.GetHeader();
                if (object.hit != null)
                    if (object.hit)
                        message.hit = $Boolean(object.hit);
                if (object.manifest != null) {
                    if (!$util.isObject(object.manifest))
                        throw $TypeError(".kvmesh.v1.GetHeader.manifest: object expected");
                    message.manifest = $root.kvmesh.v1.SegmentManifest.fromObject(object.manifest, _depth + 1);
                }
                if (object.shm != null) {
                    if (!$util.isObject(object.shm))
                        throw $TypeError(".kvmesh.v1.GetHeader.shm: object expected");
                    message.shm = $root.kvmesh.v1.ShmRef.fromObject(object.shm, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a GetHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.GetHeader
             * @static
             * @param {kvmesh.v1.GetHeader} message GetHeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.hit = false;
                    object.manifest = null;
                    object.shm = null;
                }
                if (message.hit != null && $Object.hasOwnProperty.call(message, "hit"))
                    object.hit = message.hit;
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    object.manifest = $root.kvmesh.v1.SegmentManifest.toObject(message.manifest, options, _depth + 1);
                if (message.shm != null && $Object.hasOwnProperty.call(message, "shm"))
                    object.shm = $root.kvmesh.v1.ShmRef.toObject(message.shm, options, _depth + 1);
                return object;
            };

            /**
             * Converts this GetHeader to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.GetHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetHeader.prototype.toJSON = function() {
                return GetHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetHeader
             * @function getTypeUrl
             * @memberof kvmesh.v1.GetHeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.GetHeader";
            };

            return GetHeader;
        })();

        v1.GetReply = (function() {

            /**
             * Properties of a GetReply.
             * @typedef {Object} kvmesh.v1.GetReply.$Properties
             * @property {kvmesh.v1.GetHeader.$Properties|null} [header] GetReply header
             * @property {Uint8Array|null} [chunk] GetReply chunk
             * @property {"header"|"chunk"} [kind] GetReply kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetReply.
             * @memberof kvmesh.v1
             * @interface IGetReply
             * @augments kvmesh.v1.GetReply.$Properties
             * @deprecated Use kvmesh.v1.GetReply.$Properties instead.
             */

            /**
             * Narrowed shape of a GetReply.
             * @typedef {{
             *   header?: kvmesh.v1.GetHeader.$Shape|null;
             *   chunk?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; header?: null; chunk?: null }|{ kind?: "header"; header: kvmesh.v1.GetHeader.$Shape; chunk?: null }|{ kind?: "chunk"; header?: null; chunk: Uint8Array })
             * )} kvmesh.v1.GetReply.$Shape
             */

            /**
             * Constructs a new GetReply.
             * @memberof kvmesh.v1
             * @classdesc Represents a GetReply.
             * @constructor
             * @param {kvmesh.v1.GetReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetReply header.
             * @member {kvmesh.v1.GetHeader.$Properties|null|undefined} header
             * @memberof kvmesh.v1.GetReply
             * @instance
             */
            GetReply.prototype.header = null;

            /**
             * GetReply chunk.
             * @member {Uint8Array|null|undefined} chunk
             * @memberof kvmesh.v1.GetReply
             * @instance
             */
            GetReply.prototype.chunk = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * GetReply kind.
             * @member {"header"|"chunk"|undefined} kind
             * @memberof kvmesh.v1.GetReply
             * @instance
             */
            $Object.defineProperty(GetReply.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["header", "chunk"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new GetReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.GetReply
             * @static
             * @param {kvmesh.v1.GetReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.GetReply} GetReply instance
             * @type {{
             *   (properties: kvmesh.v1.GetReply.$Shape): kvmesh.v1.GetReply & kvmesh.v1.GetReply.$Shape;
             *   (properties?: kvmesh.v1.GetReply.$Properties): kvmesh.v1.GetReply;
             * }}
             */
            GetReply.create = function(properties) {
                return new GetReply(properties);
            };

            /**
             * Encodes the specified GetReply message. Does not implicitly {@link kvmesh.v1.GetReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.GetReply
             * @static
             * @param {kvmesh.v1.GetReply.$Properties} message GetReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.kvmesh.v1.GetHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.chunk);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.GetReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.GetReply & kvmesh.v1.GetReply.$Shape} GetReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.GetReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.kvmesh.v1.GetHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            message.kind = "header";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.chunk = reader.bytes();
                            message.kind = "chunk";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a GetReply message.
             * @function verify
             * @memberof kvmesh.v1.GetReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    properties.kind = 1;
                    {
                        let error = $root.kvmesh.v1.GetHeader.verify(message.header, _depth + 1);
                        if (error)
                            return "header." + error;
                    }
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (!(message.chunk && typeof message.chunk.length === "number" || $util.isString(message.chunk)))
                        return "chunk: buffer expected";
                }
                return null;
            };

            /**
             * Creates a GetReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.GetReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.GetReply} GetReply
             */
            GetReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.GetReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.GetReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.GetReply();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".kvmesh.v1.GetReply.header: object expected");
                    message.header = $root.kvmesh.v1.GetHeader.fromObject(object.header, _depth + 1);
                }
                if (object.chunk != null)
                    if (typeof object.chunk === "string")
                        $util.base64.decode(object.chunk, message.chunk = $util.newBuffer($util.base64.length(object.chunk)), 0);
                    else if (object.chunk.length >= 0)
                        message.chunk = object.chunk;
                return message;
            };

            /**
             * Creates a plain object from a GetReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.GetReply
             * @static
             * @param {kvmesh.v1.GetReply} message GetReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    object.header = $root.kvmesh.v1.GetHeader.toObject(message.header, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "header";
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    object.chunk = options.bytes === $String ? $util.base64.encode(message.chunk, 0, message.chunk.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.chunk) : message.chunk;
                    if (options.oneofs)
                        object.kind = "chunk";
                }
                return object;
            };

            /**
             * Converts this GetReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.GetReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetReply.prototype.toJSON = function() {
                return GetReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.GetReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.GetReply";
            };

            return GetReply;
        })();

        v1.BatchLookupRequest = (function() {

            /**
             * Properties of a BatchLookupRequest.
             * @typedef {Object} kvmesh.v1.BatchLookupRequest.$Properties
             * @property {Array.<string>|null} [keyDigests] BatchLookupRequest keyDigests
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchLookupRequest.
             * @memberof kvmesh.v1
             * @interface IBatchLookupRequest
             * @augments kvmesh.v1.BatchLookupRequest.$Properties
             * @deprecated Use kvmesh.v1.BatchLookupRequest.$Properties instead.
             */

            /**
             * Shape of a BatchLookupRequest.
             * @typedef {kvmesh.v1.BatchLookupRequest.$Properties} kvmesh.v1.BatchLookupRequest.$Shape
             */

            /**
             * Constructs a new BatchLookupRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents a BatchLookupRequest.
             * @constructor
             * @param {kvmesh.v1.BatchLookupRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchLookupRequest = function (properties) {
                this.keyDigests = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BatchLookupRequest keyDigests.
             * @member {Array.<string>} keyDigests
             * @memberof kvmesh.v1.BatchLookupRequest
             * @instance
             */
            BatchLookupRequest.prototype.keyDigests = $util.emptyArray;

            /**
             * Creates a new BatchLookupRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.BatchLookupRequest
             * @static
             * @param {kvmesh.v1.BatchLookupRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.BatchLookupRequest} BatchLookupRequest instance
             * @type {{
             *   (properties: kvmesh.v1.BatchLookupRequest.$Shape): kvmesh.v1.BatchLookupRequest & kvmesh.v1.BatchLookupRequest.$Shape;
             *   (properties?: kvmesh.v1.BatchLookupRequest.$Properties): kvmesh.v1.BatchLookupRequest;
             * }}
             */
            BatchLookupRequest.create = function(properties) {
                return new BatchLookupRequest(properties);
            };

            /**
             * Encodes the specified BatchLookupRequest message. Does not implicitly {@link kvmesh.v1.BatchLookupRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.BatchLookupRequest
             * @static
             * @param {kvmesh.v1.BatchLookupRequest.$Properties} message BatchLookupRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchLookupRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyDigests != null && message.keyDigests.length)
                    for (let i = 0; i < message.keyDigests.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyDigests[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BatchLookupRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.BatchLookupRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.BatchLookupRequest & kvmesh.v1.BatchLookupRequest.$Shape} BatchLookupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchLookupRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.BatchLookupRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keyDigests && message.keyDigests.length))
                                message.keyDigests = [];
                            message.keyDigests.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a BatchLookupRequest message.
             * @function verify
             * @memberof kvmesh.v1.BatchLookupRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BatchLookupRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.keyDigests != null && $Object.hasOwnProperty.call(message, "keyDigests")) {
                    if (!$Array.isArray(message.keyDigests))
                        return "keyDigests: array expected";
                    for (let i = 0; i < message.keyDigests.length; ++i)
                        if (!$util.isString(message.keyDigests[i]))
                            return "keyDigests: string[] expected";
                }
                return null;
            };

            /**
             * Creates a BatchLookupRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.BatchLookupRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.BatchLookupRequest} BatchLookupRequest
             */
            BatchLookupRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.BatchLookupRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.BatchLookupRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.BatchLookupRequest();
                if (object.keyDigests) {
                    if (!$Array.isArray(object.keyDigests))
                        throw $TypeError(".kvmesh.v1.BatchLookupRequest.keyDigests: array expected");
                    message.keyDigests = $Array(object.keyDigests.length);
                    for (let i = 0; i < object.keyDigests.length; ++i)
                        message.keyDigests[i] = $String(object.keyDigests[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a BatchLookupRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.BatchLookupRequest
             * @static
             * @param {kvmesh.v1.BatchLookupRequest} message BatchLookupRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BatchLookupRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.keyDigests = [];
                if (message.keyDigests && message.keyDigests.length) {
                    object.keyDigests = $Array(message.keyDigests.length);
                    for (let j = 0; j < message.keyDigests.length; ++j)
                        object.keyDigests[j] = message.keyDigests[j];
                }
                return object;
            };

            /**
             * Converts this BatchLookupRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.BatchLookupRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BatchLookupRequest.prototype.toJSON = function() {
                return BatchLookupRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BatchLookupRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.BatchLookupRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BatchLookupRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.BatchLookupRequest";
            };

            return BatchLookupRequest;
        })();

        v1.LookupResult = (function() {

            /**
             * Properties of a LookupResult.
             * @typedef {Object} kvmesh.v1.LookupResult.$Properties
             * @property {string|null} [keyDigest] LookupResult keyDigest
             * @property {boolean|null} [hit] LookupResult hit
             * @property {kvmesh.v1.SegmentManifest.$Properties|null} [manifest] LookupResult manifest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LookupResult.
             * @memberof kvmesh.v1
             * @interface ILookupResult
             * @augments kvmesh.v1.LookupResult.$Properties
             * @deprecated Use kvmesh.v1.LookupResult.$Properties instead.
             */

            /**
             * Shape of a LookupResult.
             * @typedef {kvmesh.v1.LookupResult.$Properties} kvmesh.v1.LookupResult.$Shape
             */

            /**
             * Constructs a new LookupResult.
             * @memberof kvmesh.v1
             * @classdesc Represents a LookupResult.
             * @constructor
             * @param {kvmesh.v1.LookupResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LookupResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LookupResult keyDigest.
             * @member {string} keyDigest
             * @memberof kvmesh.v1.LookupResult
             * @instance
             */
            LookupResult.prototype.keyDigest = "";

            /**
             * LookupResult hit.
             * @member {boolean} hit
             * @memberof kvmesh.v1.LookupResult
             * @instance
             */
            LookupResult.prototype.hit = false;

            /**
             * LookupResult manifest.
             * @member {kvmesh.v1.SegmentManifest.$Properties|null|undefined} manifest
             * @memberof kvmesh.v1.LookupResult
             * @instance
             */
            LookupResult.prototype.manifest = null;

            /**
             * Creates a new LookupResult instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.LookupResult
             * @static
             * @param {kvmesh.v1.LookupResult.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.LookupResult} LookupResult instance
             * @type {{
             *   (properties: kvmesh.v1.LookupResult.$Shape): kvmesh.v1.LookupResult & kvmesh.v1.LookupResult.$Shape;
             *   (properties?: kvmesh.v1.LookupResult.$Properties): kvmesh.v1.LookupResult;
             * }}
             */
            LookupResult.create = function(properties) {
                return new LookupResult(properties);
            };

            /**
             * Encodes the specified LookupResult message. Does not implicitly {@link kvmesh.v1.LookupResult.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.LookupResult
             * @static
             * @param {kvmesh.v1.LookupResult.$Properties} message LookupResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LookupResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest") && message.keyDigest !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyDigest);
                if (message.hit != null && $Object.hasOwnProperty.call(message, "hit") && message.hit !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.hit);
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    $root.kvmesh.v1.SegmentManifest.encode(message.manifest, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LookupResult message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.LookupResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.LookupResult & kvmesh.v1.LookupResult.$Shape} LookupResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LookupResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.LookupResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyDigest = value;
                            else
                                delete message.keyDigest;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hit = value;
                            else
                                delete message.hit;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.manifest = $root.kvmesh.v1.SegmentManifest.decode(reader, reader.size(), $undefined, _depth + 1, message.manifest);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LookupResult message.
             * @function verify
             * @memberof kvmesh.v1.LookupResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LookupResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    if (!$util.isString(message.keyDigest))
                        return "keyDigest: string expected";
                if (message.hit != null && $Object.hasOwnProperty.call(message, "hit"))
                    if (typeof message.hit !== "boolean")
                        return "hit: boolean expected";
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest")) {
                    let error = $root.kvmesh.v1.SegmentManifest.verify(message.manifest, _depth + 1);
                    if (error)
                        return "manifest." + error;
                }
                return null;
            };

            /**
             * Creates a LookupResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.LookupResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.LookupResult} LookupResult
             */
            LookupResult.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.LookupResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.LookupResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.LookupResult();
                if (object.keyDigest != null)
                    if (typeof object.keyDigest !== "string" || object.keyDigest.length)
                        message.keyDigest = $String(object.keyDigest);
                if (object.hit != null)
                    if (object.hit)
                        message.hit = $Boolean(object.hit);
                if (object.manifest != null) {
                    if (!$util.isObject(object.manifest))
                        throw $TypeError(".kvmesh.v1.LookupResult.manifest: object expected");
                    message.manifest = $root.kvmesh.v1.SegmentManifest.fromObject(object.manifest, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LookupResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.LookupResult
             * @static
             * @param {kvmesh.v1.LookupResult} message LookupResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LookupResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.keyDigest = "";
                    object.hit = false;
                    object.manifest = null;
                }
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    object.keyDigest = message.keyDigest;
                if (message.hit != null && $Object.hasOwnProperty.call(message, "hit"))
                    object.hit = message.hit;
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    object.manifest = $root.kvmesh.v1.SegmentManifest.toObject(message.manifest, options, _depth + 1);
                return object;
            };

            /**
             * Converts this LookupResult to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.LookupResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LookupResult.prototype.toJSON = function() {
                return LookupResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LookupResult
             * @function getTypeUrl
             * @memberof kvmesh.v1.LookupResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LookupResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.LookupResult";
            };

            return LookupResult;
        })();

        v1.BatchLookupReply = (function() {

            /**
             * Properties of a BatchLookupReply.
             * @typedef {Object} kvmesh.v1.BatchLookupReply.$Properties
             * @property {Array.<kvmesh.v1.LookupResult.$Properties>|null} [results] BatchLookupReply results
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchLookupReply.
             * @memberof kvmesh.v1
             * @interface IBatchLookupReply
             * @augments kvmesh.v1.BatchLookupReply.$Properties
             * @deprecated Use kvmesh.v1.BatchLookupReply.$Properties instead.
             */

            /**
             * Shape of a BatchLookupReply.
             * @typedef {kvmesh.v1.BatchLookupReply.$Properties} kvmesh.v1.BatchLookupReply.$Shape
             */

            /**
             * Constructs a new BatchLookupReply.
             * @memberof kvmesh.v1
             * @classdesc Represents a BatchLookupReply.
             * @constructor
             * @param {kvmesh.v1.BatchLookupReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchLookupReply = function (properties) {
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BatchLookupReply results.
             * @member {Array.<kvmesh.v1.LookupResult.$Properties>} results
             * @memberof kvmesh.v1.BatchLookupReply
             * @instance
             */
            BatchLookupReply.prototype.results = $util.emptyArray;

            /**
             * Creates a new BatchLookupReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.BatchLookupReply
             * @static
             * @param {kvmesh.v1.BatchLookupReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.BatchLookupReply} BatchLookupReply instance
             * @type {{
             *   (properties: kvmesh.v1.BatchLookupReply.$Shape): kvmesh.v1.BatchLookupReply & kvmesh.v1.BatchLookupReply.$Shape;
             *   (properties?: kvmesh.v1.BatchLookupReply.$Properties): kvmesh.v1.BatchLookupReply;
             * }}
             */
            BatchLookupReply.create = function(properties) {
                return new BatchLookupReply(properties);
            };

            /**
             * Encodes the specified BatchLookupReply message. Does not implicitly {@link kvmesh.v1.BatchLookupReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.BatchLookupReply
             * @static
             * @param {kvmesh.v1.BatchLookupReply.$Properties} message BatchLookupReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchLookupReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.kvmesh.v1.LookupResult.encode(message.results[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BatchLookupReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.BatchLookupReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.BatchLookupReply & kvmesh.v1.BatchLookupReply.$Shape} BatchLookupReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchLookupReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.BatchLookupReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.kvmesh.v1.LookupResult.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a BatchLookupReply message.
             * @function verify
             * @memberof kvmesh.v1.BatchLookupReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BatchLookupReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.results != null && $Object.hasOwnProperty.call(message, "results")) {
                    if (!$Array.isArray(message.results))
                        return "results: array expected";
                    for (let i = 0; i < message.results.length; ++i) {
                        let error = $root.kvmesh.v1.LookupResult.verify(message.results[i], _depth + 1);
                        if (error)
                            return "results." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a BatchLookupReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.BatchLookupReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.BatchLookupReply} BatchLookupReply
             */
            BatchLookupReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.BatchLookupReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.BatchLookupReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.BatchLookupReply();
                if (object.results) {
                    if (!$Array.isArray(object.results))
                        throw $TypeError(".kvmesh.v1.BatchLookupReply.results: array expected");
                    message.results = $Array(object.results.length);
                    for (let i = 0; i < object.results.length; ++i) {
                        if (!$util.isObject(object.results[i]))
                            throw $TypeError(".kvmesh.v1.BatchLookupReply.results: object expected");
                        message.results[i] = $root.kvmesh.v1.LookupResult.fromObject(object.results[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a BatchLookupReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.BatchLookupReply
             * @static
             * @param {kvmesh.v1.BatchLookupReply} message BatchLookupReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BatchLookupReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.results = [];
                if (message.results && message.results.length) {
                    object.results = $Array(message.results.length);
                    for (let j = 0; j < message.results.length; ++j)
                        object.results[j] = $root.kvmesh.v1.LookupResult.toObject(message.results[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this BatchLookupReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.BatchLookupReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BatchLookupReply.prototype.toJSON = function() {
                return BatchLookupReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BatchLookupReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.BatchLookupReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BatchLookupReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.BatchLookupReply";
            };

            return BatchLookupReply;
        })();

        v1.DeleteRequest = (function() {

            /**
             * Properties of a DeleteRequest.
             * @typedef {Object} kvmesh.v1.DeleteRequest.$Properties
             * @property {string|null} [keyDigest] DeleteRequest keyDigest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteRequest.
             * @memberof kvmesh.v1
             * @interface IDeleteRequest
             * @augments kvmesh.v1.DeleteRequest.$Properties
             * @deprecated Use kvmesh.v1.DeleteRequest.$Properties instead.
             */

            /**
             * Shape of a DeleteRequest.
             * @typedef {kvmesh.v1.DeleteRequest.$Properties} kvmesh.v1.DeleteRequest.$Shape
             */

            /**
             * Constructs a new DeleteRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents a DeleteRequest.
             * @constructor
             * @param {kvmesh.v1.DeleteRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteRequest keyDigest.
             * @member {string} keyDigest
             * @memberof kvmesh.v1.DeleteRequest
             * @instance
             */
            DeleteRequest.prototype.keyDigest = "";

            /**
             * Creates a new DeleteRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.DeleteRequest
             * @static
             * @param {kvmesh.v1.DeleteRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.DeleteRequest} DeleteRequest instance
             * @type {{
             *   (properties: kvmesh.v1.DeleteRequest.$Shape): kvmesh.v1.DeleteRequest & kvmesh.v1.DeleteRequest.$Shape;
             *   (properties?: kvmesh.v1.DeleteRequest.$Properties): kvmesh.v1.DeleteRequest;
             * }}
             */
            DeleteRequest.create = function(properties) {
                return new DeleteRequest(properties);
            };

            /**
             * Encodes the specified DeleteRequest message. Does not implicitly {@link kvmesh.v1.DeleteRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.DeleteRequest
             * @static
             * @param {kvmesh.v1.DeleteRequest.$Properties} message DeleteRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest") && message.keyDigest !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyDigest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.DeleteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.DeleteRequest & kvmesh.v1.DeleteRequest.$Shape} DeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.DeleteRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyDigest = value;
                            else
                                delete message.keyDigest;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DeleteRequest message.
             * @function verify
             * @memberof kvmesh.v1.DeleteRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeleteRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    if (!$util.isString(message.keyDigest))
                        return "keyDigest: string expected";
                return null;
            };

            /**
             * Creates a DeleteRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.DeleteRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.DeleteRequest} DeleteRequest
             */
            DeleteRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.DeleteRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.DeleteRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.DeleteRequest();
                if (object.keyDigest != null)
                    if (typeof object.keyDigest !== "string" || object.keyDigest.length)
                        message.keyDigest = $String(object.keyDigest);
                return message;
            };

            /**
             * Creates a plain object from a DeleteRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.DeleteRequest
             * @static
             * @param {kvmesh.v1.DeleteRequest} message DeleteRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeleteRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.keyDigest = "";
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    object.keyDigest = message.keyDigest;
                return object;
            };

            /**
             * Converts this DeleteRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.DeleteRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeleteRequest.prototype.toJSON = function() {
                return DeleteRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeleteRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.DeleteRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.DeleteRequest";
            };

            return DeleteRequest;
        })();

        v1.DeleteReply = (function() {

            /**
             * Properties of a DeleteReply.
             * @typedef {Object} kvmesh.v1.DeleteReply.$Properties
             * @property {boolean|null} [deleted] DeleteReply deleted
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteReply.
             * @memberof kvmesh.v1
             * @interface IDeleteReply
             * @augments kvmesh.v1.DeleteReply.$Properties
             * @deprecated Use kvmesh.v1.DeleteReply.$Properties instead.
             */

            /**
             * Shape of a DeleteReply.
             * @typedef {kvmesh.v1.DeleteReply.$Properties} kvmesh.v1.DeleteReply.$Shape
             */

            /**
             * Constructs a new DeleteReply.
             * @memberof kvmesh.v1
             * @classdesc Represents a DeleteReply.
             * @constructor
             * @param {kvmesh.v1.DeleteReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteReply deleted.
             * @member {boolean} deleted
             * @memberof kvmesh.v1.DeleteReply
             * @instance
             */
            DeleteReply.prototype.deleted = false;

            /**
             * Creates a new DeleteReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.DeleteReply
             * @static
             * @param {kvmesh.v1.DeleteReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.DeleteReply} DeleteReply instance
             * @type {{
             *   (properties: kvmesh.v1.DeleteReply.$Shape): kvmesh.v1.DeleteReply & kvmesh.v1.DeleteReply.$Shape;
             *   (properties?: kvmesh.v1.DeleteReply.$Properties): kvmesh.v1.DeleteReply;
             * }}
             */
            DeleteReply.create = function(properties) {
                return new DeleteReply(properties);
            };

            /**
             * Encodes the specified DeleteReply message. Does not implicitly {@link kvmesh.v1.DeleteReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.DeleteReply
             * @static
             * @param {kvmesh.v1.DeleteReply.$Properties} message DeleteReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted") && message.deleted !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.deleted);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.DeleteReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.DeleteReply & kvmesh.v1.DeleteReply.$Shape} DeleteReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.DeleteReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.deleted = value;
                            else
                                delete message.deleted;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DeleteReply message.
             * @function verify
             * @memberof kvmesh.v1.DeleteReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeleteReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    if (typeof message.deleted !== "boolean")
                        return "deleted: boolean expected";
                return null;
            };

            /**
             * Creates a DeleteReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.DeleteReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.DeleteReply} DeleteReply
             */
            DeleteReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.DeleteReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.DeleteReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.DeleteReply();
                if (object.deleted != null)
                    if (object.deleted)
                        message.deleted = $Boolean(object.deleted);
                return message;
            };

            /**
             * Creates a plain object from a DeleteReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.DeleteReply
             * @static
             * @param {kvmesh.v1.DeleteReply} message DeleteReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeleteReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.deleted = false;
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    object.deleted = message.deleted;
                return object;
            };

            /**
             * Converts this DeleteReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.DeleteReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeleteReply.prototype.toJSON = function() {
                return DeleteReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeleteReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.DeleteReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.DeleteReply";
            };

            return DeleteReply;
        })();

        v1.StatsRequest = (function() {

            /**
             * Properties of a StatsRequest.
             * @typedef {Object} kvmesh.v1.StatsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatsRequest.
             * @memberof kvmesh.v1
             * @interface IStatsRequest
             * @augments kvmesh.v1.StatsRequest.$Properties
             * @deprecated Use kvmesh.v1.StatsRequest.$Properties instead.
             */

            /**
             * Shape of a StatsRequest.
             * @typedef {kvmesh.v1.StatsRequest.$Properties} kvmesh.v1.StatsRequest.$Shape
             */

            /**
             * Constructs a new StatsRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents a StatsRequest.
             * @constructor
             * @param {kvmesh.v1.StatsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new StatsRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.StatsRequest
             * @static
             * @param {kvmesh.v1.StatsRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.StatsRequest} StatsRequest instance
             * @type {{
             *   (properties: kvmesh.v1.StatsRequest.$Shape): kvmesh.v1.StatsRequest & kvmesh.v1.StatsRequest.$Shape;
             *   (properties?: kvmesh.v1.StatsRequest.$Properties): kvmesh.v1.StatsRequest;
             * }}
             */
            StatsRequest.create = function(properties) {
                return new StatsRequest(properties);
            };

            /**
             * Encodes the specified StatsRequest message. Does not implicitly {@link kvmesh.v1.StatsRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.StatsRequest
             * @static
             * @param {kvmesh.v1.StatsRequest.$Properties} message StatsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.StatsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.StatsRequest & kvmesh.v1.StatsRequest.$Shape} StatsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.StatsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a StatsRequest message.
             * @function verify
             * @memberof kvmesh.v1.StatsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StatsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a StatsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.StatsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.StatsRequest} StatsRequest
             */
            StatsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.StatsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.StatsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.kvmesh.v1.StatsRequest();
            };

            /**
             * Creates a plain object from a StatsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.StatsRequest
             * @static
             * @param {kvmesh.v1.StatsRequest} message StatsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatsRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this StatsRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.StatsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatsRequest.prototype.toJSON = function() {
                return StatsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StatsRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.StatsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.StatsRequest";
            };

            return StatsRequest;
        })();

        v1.StatsReply = (function() {

            /**
             * Properties of a StatsReply.
             * @typedef {Object} kvmesh.v1.StatsReply.$Properties
             * @property {string|null} [namespace] StatsReply namespace
             * @property {number|null} [segments] StatsReply segments
             * @property {number|null} [bytes] StatsReply bytes
             * @property {number|null} [hits] StatsReply hits
             * @property {number|null} [misses] StatsReply misses
             * @property {number|null} [bytesIn] StatsReply bytesIn
             * @property {number|null} [bytesOut] StatsReply bytesOut
             * @property {number|null} [evictions] StatsReply evictions
             * @property {number|null} [memoryBytes] StatsReply memoryBytes
             * @property {number|null} [memoryBudget] StatsReply memoryBudget
             * @property {string|null} [shmDir] StatsReply shmDir
             * @property {string|null} [brokerId] StatsReply brokerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatsReply.
             * @memberof kvmesh.v1
             * @interface IStatsReply
             * @augments kvmesh.v1.StatsReply.$Properties
             * @deprecated Use kvmesh.v1.StatsReply.$Properties instead.
             */

            /**
             * Shape of a StatsReply.
             * @typedef {kvmesh.v1.StatsReply.$Properties} kvmesh.v1.StatsReply.$Shape
             */

            /**
             * Constructs a new StatsReply.
             * @memberof kvmesh.v1
             * @classdesc Represents a StatsReply.
             * @constructor
             * @param {kvmesh.v1.StatsReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatsReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StatsReply namespace.
             * @member {string} namespace
             * @memberof kvmesh.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.namespace = "";

            /**
             * StatsReply segments.
             * @member {number} segments
             * @memberof kvmesh.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.segments = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply bytes.
             * @member {number} bytes
             * @memberof kvmesh.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply hits.
             * @member {number} hits
             * @memberof kvmesh.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.hits = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply misses.
             * @member {number} misses
             * @memberof kvmesh.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.misses = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply bytesIn.
             * @member {number} bytesIn
             * @memberof kvmesh.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.bytesIn = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply bytesOut.
             * @member {number} bytesOut
             * @memberof kvmesh.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.bytesOut = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply evictions.
             * @member {number} evictions
             * @memberof kvmesh.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.evictions = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply memoryBytes.
             * @member {number} memoryBytes
             * @memberof kvmesh.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply memoryBudget.
             * @member {number} memoryBudget
             * @memberof kvmesh.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.memoryBudget = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatsReply shmDir.
             * @member {string} shmDir
             * @memberof kvmesh.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.shmDir = "";

            /**
             * StatsReply brokerId.
             * @member {string} brokerId
             * @memberof kvmesh.v1.StatsReply
             * @instance
             */
            StatsReply.prototype.brokerId = "";

            /**
             * Creates a new StatsReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.StatsReply
             * @static
             * @param {kvmesh.v1.StatsReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.StatsReply} StatsReply instance
             * @type {{
             *   (properties: kvmesh.v1.StatsReply.$Shape): kvmesh.v1.StatsReply & kvmesh.v1.StatsReply.$Shape;
             *   (properties?: kvmesh.v1.StatsReply.$Properties): kvmesh.v1.StatsReply;
             * }}
             */
            StatsReply.create = function(properties) {
                return new StatsReply(properties);
            };

            /**
             * Encodes the specified StatsReply message. Does not implicitly {@link kvmesh.v1.StatsReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.StatsReply
             * @static
             * @param {kvmesh.v1.StatsReply.$Properties} message StatsReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatsReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.namespace);
                if (message.segments != null && $Object.hasOwnProperty.call(message, "segments") && (typeof message.segments === "object" ? message.segments.low || message.segments.high : message.segments !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.segments);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.bytes);
                if (message.hits != null && $Object.hasOwnProperty.call(message, "hits") && (typeof message.hits === "object" ? message.hits.low || message.hits.high : message.hits !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.hits);
                if (message.misses != null && $Object.hasOwnProperty.call(message, "misses") && (typeof message.misses === "object" ? message.misses.low || message.misses.high : message.misses !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.misses);
                if (message.bytesIn != null && $Object.hasOwnProperty.call(message, "bytesIn") && (typeof message.bytesIn === "object" ? message.bytesIn.low || message.bytesIn.high : message.bytesIn !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.bytesIn);
                if (message.bytesOut != null && $Object.hasOwnProperty.call(message, "bytesOut") && (typeof message.bytesOut === "object" ? message.bytesOut.low || message.bytesOut.high : message.bytesOut !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.bytesOut);
                if (message.evictions != null && $Object.hasOwnProperty.call(message, "evictions") && (typeof message.evictions === "object" ? message.evictions.low || message.evictions.high : message.evictions !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.evictions);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.memoryBytes);
                if (message.memoryBudget != null && $Object.hasOwnProperty.call(message, "memoryBudget") && (typeof message.memoryBudget === "object" ? message.memoryBudget.low || message.memoryBudget.high : message.memoryBudget !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.memoryBudget);
                if (message.shmDir != null && $Object.hasOwnProperty.call(message, "shmDir") && message.shmDir !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.shmDir);
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId") && message.brokerId !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.brokerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatsReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.StatsReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.StatsReply & kvmesh.v1.StatsReply.$Shape} StatsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatsReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.StatsReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.segments = value;
                            else
                                delete message.segments;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.hits = value;
                            else
                                delete message.hits;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.misses = value;
                            else
                                delete message.misses;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesIn = value;
                            else
                                delete message.bytesIn;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesOut = value;
                            else
                                delete message.bytesOut;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.evictions = value;
                            else
                                delete message.evictions;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBudget = value;
                            else
                                delete message.memoryBudget;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.shmDir = value;
                            else
                                delete message.shmDir;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.brokerId = value;
                            else
                                delete message.brokerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a StatsReply message.
             * @function verify
             * @memberof kvmesh.v1.StatsReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StatsReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    if (!$util.isString(message.namespace))
                        return "namespace: string expected";
                if (message.segments != null && $Object.hasOwnProperty.call(message, "segments"))
                    if (!$util.isInteger(message.segments) && !(message.segments && $util.isInteger(message.segments.low) && $util.isInteger(message.segments.high)))
                        return "segments: integer|Long expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                if (message.hits != null && $Object.hasOwnProperty.call(message, "hits"))
                    if (!$util.isInteger(message.hits) && !(message.hits && $util.isInteger(message.hits.low) && $util.isInteger(message.hits.high)))
                        return "hits: integer|Long expected";
                if (message.misses != null && $Object.hasOwnProperty.call(message, "misses"))
                    if (!$util.isInteger(message.misses) && !(message.misses && $util.isInteger(message.misses.low) && $util.isInteger(message.misses.high)))
                        return "misses: integer|Long expected";
                if (message.bytesIn != null && $Object.hasOwnProperty.call(message, "bytesIn"))
                    if (!$util.isInteger(message.bytesIn) && !(message.bytesIn && $util.isInteger(message.bytesIn.low) && $util.isInteger(message.bytesIn.high)))
                        return "bytesIn: integer|Long expected";
                if (message.bytesOut != null && $Object.hasOwnProperty.call(message, "bytesOut"))
                    if (!$util.isInteger(message.bytesOut) && !(message.bytesOut && $util.isInteger(message.bytesOut.low) && $util.isInteger(message.bytesOut.high)))
                        return "bytesOut: integer|Long expected";
                if (message.evictions != null && $Object.hasOwnProperty.call(message, "evictions"))
                    if (!$util.isInteger(message.evictions) && !(message.evictions && $util.isInteger(message.evictions.low) && $util.isInteger(message.evictions.high)))
                        return "evictions: integer|Long expected";
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (!$util.isInteger(message.memoryBytes) && !(message.memoryBytes && $util.isInteger(message.memoryBytes.low) && $util.isInteger(message.memoryBytes.high)))
                        return "memoryBytes: integer|Long expected";
                if (message.memoryBudget != null && $Object.hasOwnProperty.call(message, "memoryBudget"))
                    if (!$util.isInteger(message.memoryBudget) && !(message.memoryBudget && $util.isInteger(message.memoryBudget.low) && $util.isInteger(message.memoryBudget.high)))
                        return "memoryBudget: integer|Long expected";
                if (message.shmDir != null && $Object.hasOwnProperty.call(message, "shmDir"))
                    if (!$util.isString(message.shmDir))
                        return "shmDir: string expected";
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId"))
                    if (!$util.isString(message.brokerId))
                        return "brokerId: string expected";
                return null;
            };

            /**
             * Creates a StatsReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.StatsReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.StatsReply} StatsReply
             */
            StatsReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.StatsReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.StatsReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.StatsReply();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.segments != null)
                    if (typeof object.segments === "object" ? object.segments.low || object.segments.high : $Number(object.segments) !== 0)
                        if ($util.Long)
                            message.segments = $util.Long.fromValue(object.segments, true);
                        else if (typeof object.segments === "string")
                            message.segments = $parseInt(object.segments, 10);
                        else if (typeof object.segments === "number")
                            message.segments = object.segments;
                        else if (typeof object.segments === "object")
                            message.segments = new $util.LongBits(object.segments.low >>> 0, object.segments.high >>> 0).toNumber(true);
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                if (object.hits != null)
                    if (typeof object.hits === "object" ? object.hits.low || object.hits.high : $Number(object.hits) !== 0)
                        if ($util.Long)
                            message.hits = $util.Long.fromValue(object.hits, true);
                        else if (typeof object.hits === "string")
                            message.hits = $parseInt(object.hits, 10);
                        else if (typeof object.hits === "number")
                            message.hits = object.hits;
                        else if (typeof object.hits === "object")
                            message.hits = new $util.LongBits(object.hits.low >>> 0, object.hits.high >>> 0).toNumber(true);
                if (object.misses != null)
                    if (typeof object.misses === "object" ? object.misses.low || object.misses.high : $Number(object.misses) !== 0)
                        if ($util.Long)
                            message.misses = $util.Long.fromValue(object.misses, true);
                        else if (typeof object.misses === "string")
                            message.misses = $parseInt(object.misses, 10);
                        else if (typeof object.misses === "number")
                            message.misses = object.misses;
                        else if (typeof object.misses === "object")
                            message.misses = new $util.LongBits(object.misses.low >>> 0, object.misses.high >>> 0).toNumber(true);
                if (object.bytesIn != null)
                    if (typeof object.bytesIn === "object" ? object.bytesIn.low || object.bytesIn.high : $Number(object.bytesIn) !== 0)
                        if ($util.Long)
                            message.bytesIn = $util.Long.fromValue(object.bytesIn, true);
                        else if (typeof object.bytesIn === "string")
                            message.bytesIn = $parseInt(object.bytesIn, 10);
                        else if (typeof object.bytesIn === "number")
                            message.bytesIn = object.bytesIn;
                        else if (typeof object.bytesIn === "object")
                            message.bytesIn = new $util.LongBits(object.bytesIn.low >>> 0, object.bytesIn.high >>> 0).toNumber(true);
                if (object.bytesOut != null)
                    if (typeof object.bytesOut === "object" ? object.bytesOut.low || object.bytesOut.high : $Number(object.bytesOut) !== 0)
                        if ($util.Long)
                            message.bytesOut = $util.Long.fromValue(object.bytesOut, true);
                        else if (typeof object.bytesOut === "string")
                            message.bytesOut = $parseInt(object.bytesOut, 10);
                        else if (typeof object.bytesOut === "number")
                            message.bytesOut = object.bytesOut;
                        else if (typeof object.bytesOut === "object")
                            message.bytesOut = new $util.LongBits(object.bytesOut.low >>> 0, object.bytesOut.high >>> 0).toNumber(true);
                if (object.evictions != null)
                    if (typeof object.evictions === "object" ? object.evictions.low || object.evictions.high : $Number(object.evictions) !== 0)
                        if ($util.Long)
                            message.evictions = $util.Long.fromValue(object.evictions, true);
                        else if (typeof object.evictions === "string")
                            message.evictions = $parseInt(object.evictions, 10);
                        else if (typeof object.evictions === "number")
                            message.evictions = object.evictions;
                        else if (typeof object.evictions === "object")
                            message.evictions = new $util.LongBits(object.evictions.low >>> 0, object.evictions.high >>> 0).toNumber(true);
                if (object.memoryBytes != null)
                    if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                        if ($util.Long)
                            message.memoryBytes = $util.Long.fromValue(object.memoryBytes, true);
                        else if (typeof object.memoryBytes === "string")
                            message.memoryBytes = $parseInt(object.memoryBytes, 10);
                        else if (typeof object.memoryBytes === "number")
                            message.memoryBytes = object.memoryBytes;
                        else if (typeof object.memoryBytes === "object")
                            message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber(true);
                if (object.memoryBudget != null)
                    if (typeof object.memoryBudget === "object" ? object.memoryBudget.low || object.memoryBudget.high : $Number(object.memoryBudget) !== 0)
                        if ($util.Long)
                            message.memoryBudget = $util.Long.fromValue(object.memoryBudget, true);
                        else if (typeof object.memoryBudget === "string")
                            message.memoryBudget = $parseInt(object.memoryBudget, 10);
                        else if (typeof object.memoryBudget === "number")
                            message.memoryBudget = object.memoryBudget;
                        else if (typeof object.memoryBudget === "object")
                            message.memoryBudget = new $util.LongBits(object.memoryBudget.low >>> 0, object.memoryBudget.high >>> 0).toNumber(true);
                if (object.shmDir != null)
                    if (typeof object.shmDir !== "string" || object.shmDir.length)
                        message.shmDir = $String(object.shmDir);
                if (object.brokerId != null)
                    if (typeof object.brokerId !== "string" || object.brokerId.length)
                        message.brokerId = $String(object.brokerId);
                return message;
            };

            /**
             * Creates a plain object from a StatsReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.StatsReply
             * @static
             * @param {kvmesh.v1.StatsReply} message StatsReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatsReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.namespace = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.segments = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.segments = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.hits = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.hits = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.misses = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.misses = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesIn = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesIn = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesOut = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesOut = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.evictions = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.evictions = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBudget = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBudget = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.shmDir = "";
                    object.brokerId = "";
                }
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.segments != null && $Object.hasOwnProperty.call(message, "segments"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.segments = typeof message.segments === "number" ? $BigInt(message.segments) : $util.Long.fromBits(message.segments.low >>> 0, message.segments.high >>> 0, true).toBigInt();
                    else if (typeof message.segments === "number")
                        object.segments = options.longs === $String ? $String(message.segments) : message.segments;
                    else
                        object.segments = options.longs === $String ? $util.Long.prototype.toString.call(message.segments) : options.longs === $Number ? new $util.LongBits(message.segments.low >>> 0, message.segments.high >>> 0).toNumber(true) : message.segments;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                if (message.hits != null && $Object.hasOwnProperty.call(message, "hits"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.hits = typeof message.hits === "number" ? $BigInt(message.hits) : $util.Long.fromBits(message.hits.low >>> 0, message.hits.high >>> 0, true).toBigInt();
                    else if (typeof message.hits === "number")
                        object.hits = options.longs === $String ? $String(message.hits) : message.hits;
                    else
                        object.hits = options.longs === $String ? $util.Long.prototype.toString.call(message.hits) : options.longs === $Number ? new $util.LongBits(message.hits.low >>> 0, message.hits.high >>> 0).toNumber(true) : message.hits;
                if (message.misses != null && $Object.hasOwnProperty.call(message, "misses"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.misses = typeof message.misses === "number" ? $BigInt(message.misses) : $util.Long.fromBits(message.misses.low >>> 0, message.misses.high >>> 0, true).toBigInt();
                    else if (typeof message.misses === "number")
                        object.misses = options.longs === $String ? $String(message.misses) : message.misses;
                    else
                        object.misses = options.longs === $String ? $util.Long.prototype.toString.call(message.misses) : options.longs === $Number ? new $util.LongBits(message.misses.low >>> 0, message.misses.high >>> 0).toNumber(true) : message.misses;
                if (message.bytesIn != null && $Object.hasOwnProperty.call(message, "bytesIn"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesIn = typeof message.bytesIn === "number" ? $BigInt(message.bytesIn) : $util.Long.fromBits(message.bytesIn.low >>> 0, message.bytesIn.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesIn === "number")
                        object.bytesIn = options.longs === $String ? $String(message.bytesIn) : message.bytesIn;
                    else
                        object.bytesIn = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesIn) : options.longs === $Number ? new $util.LongBits(message.bytesIn.low >>> 0, message.bytesIn.high >>> 0).toNumber(true) : message.bytesIn;
                if (message.bytesOut != null && $Object.hasOwnProperty.call(message, "bytesOut"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesOut = typeof message.bytesOut === "number" ? $BigInt(message.bytesOut) : $util.Long.fromBits(message.bytesOut.low >>> 0, message.bytesOut.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesOut === "number")
                        object.bytesOut = options.longs === $String ? $String(message.bytesOut) : message.bytesOut;
                    else
                        object.bytesOut = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesOut) : options.longs === $Number ? new $util.LongBits(message.bytesOut.low >>> 0, message.bytesOut.high >>> 0).toNumber(true) : message.bytesOut;
                if (message.evictions != null && $Object.hasOwnProperty.call(message, "evictions"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.evictions = typeof message.evictions === "number" ? $BigInt(message.evictions) : $util.Long.fromBits(message.evictions.low >>> 0, message.evictions.high >>> 0, true).toBigInt();
                    else if (typeof message.evictions === "number")
                        object.evictions = options.longs === $String ? $String(message.evictions) : message.evictions;
                    else
                        object.evictions = options.longs === $String ? $util.Long.prototype.toString.call(message.evictions) : options.longs === $Number ? new $util.LongBits(message.evictions.low >>> 0, message.evictions.high >>> 0).toNumber(true) : message.evictions;
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBytes === "number")
                        object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                    else
                        object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber(true) : message.memoryBytes;
                if (message.memoryBudget != null && $Object.hasOwnProperty.call(message, "memoryBudget"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBudget = typeof message.memoryBudget === "number" ? $BigInt(message.memoryBudget) : $util.Long.fromBits(message.memoryBudget.low >>> 0, message.memoryBudget.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBudget === "number")
                        object.memoryBudget = options.longs === $String ? $String(message.memoryBudget) : message.memoryBudget;
                    else
                        object.memoryBudget = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBudget) : options.longs === $Number ? new $util.LongBits(message.memoryBudget.low >>> 0, message.memoryBudget.high >>> 0).toNumber(true) : message.memoryBudget;
                if (message.shmDir != null && $Object.hasOwnProperty.call(message, "shmDir"))
                    object.shmDir = message.shmDir;
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId"))
                    object.brokerId = message.brokerId;
                return object;
            };

            /**
             * Converts this StatsReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.StatsReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatsReply.prototype.toJSON = function() {
                return StatsReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StatsReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.StatsReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatsReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.StatsReply";
            };

            return StatsReply;
        })();

        v1.ReleaseShmRequest = (function() {

            /**
             * Properties of a ReleaseShmRequest.
             * @typedef {Object} kvmesh.v1.ReleaseShmRequest.$Properties
             * @property {string|null} [lease] ReleaseShmRequest lease
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReleaseShmRequest.
             * @memberof kvmesh.v1
             * @interface IReleaseShmRequest
             * @augments kvmesh.v1.ReleaseShmRequest.$Properties
             * @deprecated Use kvmesh.v1.ReleaseShmRequest.$Properties instead.
             */

            /**
             * Shape of a ReleaseShmRequest.
             * @typedef {kvmesh.v1.ReleaseShmRequest.$Properties} kvmesh.v1.ReleaseShmRequest.$Shape
             */

            /**
             * Constructs a new ReleaseShmRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents a ReleaseShmRequest.
             * @constructor
             * @param {kvmesh.v1.ReleaseShmRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReleaseShmRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReleaseShmRequest lease.
             * @member {string} lease
             * @memberof kvmesh.v1.ReleaseShmRequest
             * @instance
             */
            ReleaseShmRequest.prototype.lease = "";

            /**
             * Creates a new ReleaseShmRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.ReleaseShmRequest
             * @static
             * @param {kvmesh.v1.ReleaseShmRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.ReleaseShmRequest} ReleaseShmRequest instance
             * @type {{
             *   (properties: kvmesh.v1.ReleaseShmRequest.$Shape): kvmesh.v1.ReleaseShmRequest & kvmesh.v1.ReleaseShmRequest.$Shape;
             *   (properties?: kvmesh.v1.ReleaseShmRequest.$Properties): kvmesh.v1.ReleaseShmRequest;
             * }}
             */
            ReleaseShmRequest.create = function(properties) {
                return new ReleaseShmRequest(properties);
            };

            /**
             * Encodes the specified ReleaseShmRequest message. Does not implicitly {@link kvmesh.v1.ReleaseShmRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.ReleaseShmRequest
             * @static
             * @param {kvmesh.v1.ReleaseShmRequest.$Properties} message ReleaseShmRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReleaseShmRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease") && message.lease !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.lease);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReleaseShmRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.ReleaseShmRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.ReleaseShmRequest & kvmesh.v1.ReleaseShmRequest.$Shape} ReleaseShmRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReleaseShmRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.ReleaseShmRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lease = value;
                            else
                                delete message.lease;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ReleaseShmRequest message.
             * @function verify
             * @memberof kvmesh.v1.ReleaseShmRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReleaseShmRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease"))
                    if (!$util.isString(message.lease))
                        return "lease: string expected";
                return null;
            };

            /**
             * Creates a ReleaseShmRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.ReleaseShmRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.ReleaseShmRequest} ReleaseShmRequest
             */
            ReleaseShmRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.ReleaseShmRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.ReleaseShmRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.ReleaseShmRequest();
                if (object.lease != null)
                    if (typeof object.lease !== "string" || object.lease.length)
                        message.lease = $String(object.lease);
                return message;
            };

            /**
             * Creates a plain object from a ReleaseShmRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.ReleaseShmRequest
             * @static
             * @param {kvmesh.v1.ReleaseShmRequest} message ReleaseShmRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReleaseShmRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.lease = "";
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease"))
                    object.lease = message.lease;
                return object;
            };

            /**
             * Converts this ReleaseShmRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.ReleaseShmRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReleaseShmRequest.prototype.toJSON = function() {
                return ReleaseShmRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReleaseShmRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.ReleaseShmRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReleaseShmRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.ReleaseShmRequest";
            };

            return ReleaseShmRequest;
        })();

        v1.ReleaseShmReply = (function() {

            /**
             * Properties of a ReleaseShmReply.
             * @typedef {Object} kvmesh.v1.ReleaseShmReply.$Properties
             * @property {boolean|null} [released] ReleaseShmReply released
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReleaseShmReply.
             * @memberof kvmesh.v1
             * @interface IReleaseShmReply
             * @augments kvmesh.v1.ReleaseShmReply.$Properties
             * @deprecated Use kvmesh.v1.ReleaseShmReply.$Properties instead.
             */

            /**
             * Shape of a ReleaseShmReply.
             * @typedef {kvmesh.v1.ReleaseShmReply.$Properties} kvmesh.v1.ReleaseShmReply.$Shape
             */

            /**
             * Constructs a new ReleaseShmReply.
             * @memberof kvmesh.v1
             * @classdesc Represents a ReleaseShmReply.
             * @constructor
             * @param {kvmesh.v1.ReleaseShmReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReleaseShmReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReleaseShmReply released.
             * @member {boolean} released
             * @memberof kvmesh.v1.ReleaseShmReply
             * @instance
             */
            ReleaseShmReply.prototype.released = false;

            /**
             * Creates a new ReleaseShmReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.ReleaseShmReply
             * @static
             * @param {kvmesh.v1.ReleaseShmReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.ReleaseShmReply} ReleaseShmReply instance
             * @type {{
             *   (properties: kvmesh.v1.ReleaseShmReply.$Shape): kvmesh.v1.ReleaseShmReply & kvmesh.v1.ReleaseShmReply.$Shape;
             *   (properties?: kvmesh.v1.ReleaseShmReply.$Properties): kvmesh.v1.ReleaseShmReply;
             * }}
             */
            ReleaseShmReply.create = function(properties) {
                return new ReleaseShmReply(properties);
            };

            /**
             * Encodes the specified ReleaseShmReply message. Does not implicitly {@link kvmesh.v1.ReleaseShmReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.ReleaseShmReply
             * @static
             * @param {kvmesh.v1.ReleaseShmReply.$Properties} message ReleaseShmReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReleaseShmReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.released != null && $Object.hasOwnProperty.call(message, "released") && message.released !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.released);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReleaseShmReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.ReleaseShmReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.ReleaseShmReply & kvmesh.v1.ReleaseShmReply.$Shape} ReleaseShmReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReleaseShmReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.ReleaseShmReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.released = value;
                            else
                                delete message.released;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ReleaseShmReply message.
             * @function verify
             * @memberof kvmesh.v1.ReleaseShmReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReleaseShmReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.released != null && $Object.hasOwnProperty.call(message, "released"))
                    if (typeof message.released !== "boolean")
                        return "released: boolean expected";
                return null;
            };

            /**
             * Creates a ReleaseShmReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.ReleaseShmReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.ReleaseShmReply} ReleaseShmReply
             */
            ReleaseShmReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.ReleaseShmReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.ReleaseShmReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.ReleaseShmReply();
                if (object.released != null)
                    if (object.released)
                        message.released = $Boolean(object.released);
                return message;
            };

            /**
             * Creates a plain object from a ReleaseShmReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.ReleaseShmReply
             * @static
             * @param {kvmesh.v1.ReleaseShmReply} message ReleaseShmReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReleaseShmReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.released = false;
                if (message.released != null && $Object.hasOwnProperty.call(message, "released"))
                    object.released = message.released;
                return object;
            };

            /**
             * Converts this ReleaseShmReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.ReleaseShmReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReleaseShmReply.prototype.toJSON = function() {
                return ReleaseShmReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReleaseShmReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.ReleaseShmReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReleaseShmReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.ReleaseShmReply";
            };

            return ReleaseShmReply;
        })();

        v1.PutAliasRequest = (function() {

            /**
             * Properties of a PutAliasRequest.
             * @typedef {Object} kvmesh.v1.PutAliasRequest.$Properties
             * @property {string|null} [aliasDigest] PutAliasRequest aliasDigest
             * @property {string|null} [keyDigest] PutAliasRequest keyDigest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PutAliasRequest.
             * @memberof kvmesh.v1
             * @interface IPutAliasRequest
             * @augments kvmesh.v1.PutAliasRequest.$Properties
             * @deprecated Use kvmesh.v1.PutAliasRequest.$Properties instead.
             */

            /**
             * Shape of a PutAliasRequest.
             * @typedef {kvmesh.v1.PutAliasRequest.$Properties} kvmesh.v1.PutAliasRequest.$Shape
             */

            /**
             * Constructs a new PutAliasRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents a PutAliasRequest.
             * @constructor
             * @param {kvmesh.v1.PutAliasRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PutAliasRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PutAliasRequest aliasDigest.
             * @member {string} aliasDigest
             * @memberof kvmesh.v1.PutAliasRequest
             * @instance
             */
            PutAliasRequest.prototype.aliasDigest = "";

            /**
             * PutAliasRequest keyDigest.
             * @member {string} keyDigest
             * @memberof kvmesh.v1.PutAliasRequest
             * @instance
             */
            PutAliasRequest.prototype.keyDigest = "";

            /**
             * Creates a new PutAliasRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.PutAliasRequest
             * @static
             * @param {kvmesh.v1.PutAliasRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.PutAliasRequest} PutAliasRequest instance
             * @type {{
             *   (properties: kvmesh.v1.PutAliasRequest.$Shape): kvmesh.v1.PutAliasRequest & kvmesh.v1.PutAliasRequest.$Shape;
             *   (properties?: kvmesh.v1.PutAliasRequest.$Properties): kvmesh.v1.PutAliasRequest;
             * }}
             */
            PutAliasRequest.create = function(properties) {
                return new PutAliasRequest(properties);
            };

            /**
             * Encodes the specified PutAliasRequest message. Does not implicitly {@link kvmesh.v1.PutAliasRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.PutAliasRequest
             * @static
             * @param {kvmesh.v1.PutAliasRequest.$Properties} message PutAliasRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutAliasRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.aliasDigest != null && $Object.hasOwnProperty.call(message, "aliasDigest") && message.aliasDigest !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.aliasDigest);
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest") && message.keyDigest !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.keyDigest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PutAliasRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.PutAliasRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.PutAliasRequest & kvmesh.v1.PutAliasRequest.$Shape} PutAliasRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutAliasRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.PutAliasRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.aliasDigest = value;
                            else
                                delete message.aliasDigest;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyDigest = value;
                            else
                                delete message.keyDigest;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PutAliasRequest message.
             * @function verify
             * @memberof kvmesh.v1.PutAliasRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PutAliasRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.aliasDigest != null && $Object.hasOwnProperty.call(message, "aliasDigest"))
                    if (!$util.isString(message.aliasDigest))
                        return "aliasDigest: string expected";
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    if (!$util.isString(message.keyDigest))
                        return "keyDigest: string expected";
                return null;
            };

            /**
             * Creates a PutAliasRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.PutAliasRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.PutAliasRequest} PutAliasRequest
             */
            PutAliasRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.PutAliasRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.PutAliasRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.PutAliasRequest();
                if (object.aliasDigest != null)
                    if (typeof object.aliasDigest !== "string" || object.aliasDigest.length)
                        message.aliasDigest = $String(object.aliasDigest);
                if (object.keyDigest != null)
                    if (typeof object.keyDigest !== "string" || object.keyDigest.length)
                        message.keyDigest = $String(object.keyDigest);
                return message;
            };

            /**
             * Creates a plain object from a PutAliasRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.PutAliasRequest
             * @static
             * @param {kvmesh.v1.PutAliasRequest} message PutAliasRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PutAliasRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.aliasDigest = "";
                    object.keyDigest = "";
                }
                if (message.aliasDigest != null && $Object.hasOwnProperty.call(message, "aliasDigest"))
                    object.aliasDigest = message.aliasDigest;
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    object.keyDigest = message.keyDigest;
                return object;
            };

            /**
             * Converts this PutAliasRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.PutAliasRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PutAliasRequest.prototype.toJSON = function() {
                return PutAliasRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PutAliasRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.PutAliasRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PutAliasRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.PutAliasRequest";
            };

            return PutAliasRequest;
        })();

        v1.PutAliasReply = (function() {

            /**
             * Properties of a PutAliasReply.
             * @typedef {Object} kvmesh.v1.PutAliasReply.$Properties
             * @property {number|null} [targets] PutAliasReply targets
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PutAliasReply.
             * @memberof kvmesh.v1
             * @interface IPutAliasReply
             * @augments kvmesh.v1.PutAliasReply.$Properties
             * @deprecated Use kvmesh.v1.PutAliasReply.$Properties instead.
             */

            /**
             * Shape of a PutAliasReply.
             * @typedef {kvmesh.v1.PutAliasReply.$Properties} kvmesh.v1.PutAliasReply.$Shape
             */

            /**
             * Constructs a new PutAliasReply.
             * @memberof kvmesh.v1
             * @classdesc Represents a PutAliasReply.
             * @constructor
             * @param {kvmesh.v1.PutAliasReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PutAliasReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PutAliasReply targets.
             * @member {number} targets
             * @memberof kvmesh.v1.PutAliasReply
             * @instance
             */
            PutAliasReply.prototype.targets = 0;

            /**
             * Creates a new PutAliasReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.PutAliasReply
             * @static
             * @param {kvmesh.v1.PutAliasReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.PutAliasReply} PutAliasReply instance
             * @type {{
             *   (properties: kvmesh.v1.PutAliasReply.$Shape): kvmesh.v1.PutAliasReply & kvmesh.v1.PutAliasReply.$Shape;
             *   (properties?: kvmesh.v1.PutAliasReply.$Properties): kvmesh.v1.PutAliasReply;
             * }}
             */
            PutAliasReply.create = function(properties) {
                return new PutAliasReply(properties);
            };

            /**
             * Encodes the specified PutAliasReply message. Does not implicitly {@link kvmesh.v1.PutAliasReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.PutAliasReply
             * @static
             * @param {kvmesh.v1.PutAliasReply.$Properties} message PutAliasReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutAliasReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.targets != null && $Object.hasOwnProperty.call(message, "targets") && message.targets !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.targets);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PutAliasReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.PutAliasReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.PutAliasReply & kvmesh.v1.PutAliasReply.$Shape} PutAliasReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutAliasReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.PutAliasReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.targets = value;
                            else
                                delete message.targets;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PutAliasReply message.
             * @function verify
             * @memberof kvmesh.v1.PutAliasReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PutAliasReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.targets != null && $Object.hasOwnProperty.call(message, "targets"))
                    if (!$util.isInteger(message.targets))
                        return "targets: integer expected";
                return null;
            };

            /**
             * Creates a PutAliasReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.PutAliasReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.PutAliasReply} PutAliasReply
             */
            PutAliasReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.PutAliasReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.PutAliasReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.PutAliasReply();
                if (object.targets != null)
                    if ($Number(object.targets) !== 0)
                        message.targets = object.targets >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a PutAliasReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.PutAliasReply
             * @static
             * @param {kvmesh.v1.PutAliasReply} message PutAliasReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PutAliasReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.targets = 0;
                if (message.targets != null && $Object.hasOwnProperty.call(message, "targets"))
                    object.targets = message.targets;
                return object;
            };

            /**
             * Converts this PutAliasReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.PutAliasReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PutAliasReply.prototype.toJSON = function() {
                return PutAliasReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PutAliasReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.PutAliasReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PutAliasReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.PutAliasReply";
            };

            return PutAliasReply;
        })();

        v1.GetAliasRequest = (function() {

            /**
             * Properties of a GetAliasRequest.
             * @typedef {Object} kvmesh.v1.GetAliasRequest.$Properties
             * @property {string|null} [aliasDigest] GetAliasRequest aliasDigest
             * @property {number|null} [limit] GetAliasRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetAliasRequest.
             * @memberof kvmesh.v1
             * @interface IGetAliasRequest
             * @augments kvmesh.v1.GetAliasRequest.$Properties
             * @deprecated Use kvmesh.v1.GetAliasRequest.$Properties instead.
             */

            /**
             * Shape of a GetAliasRequest.
             * @typedef {kvmesh.v1.GetAliasRequest.$Properties} kvmesh.v1.GetAliasRequest.$Shape
             */

            /**
             * Constructs a new GetAliasRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents a GetAliasRequest.
             * @constructor
             * @param {kvmesh.v1.GetAliasRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetAliasRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetAliasRequest aliasDigest.
             * @member {string} aliasDigest
             * @memberof kvmesh.v1.GetAliasRequest
             * @instance
             */
            GetAliasRequest.prototype.aliasDigest = "";

            /**
             * GetAliasRequest limit.
             * @member {number} limit
             * @memberof kvmesh.v1.GetAliasRequest
             * @instance
             */
            GetAliasRequest.prototype.limit = 0;

            /**
             * Creates a new GetAliasRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.GetAliasRequest
             * @static
             * @param {kvmesh.v1.GetAliasRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.GetAliasRequest} GetAliasRequest instance
             * @type {{
             *   (properties: kvmesh.v1.GetAliasRequest.$Shape): kvmesh.v1.GetAliasRequest & kvmesh.v1.GetAliasRequest.$Shape;
             *   (properties?: kvmesh.v1.GetAliasRequest.$Properties): kvmesh.v1.GetAliasRequest;
             * }}
             */
            GetAliasRequest.create = function(properties) {
                return new GetAliasRequest(properties);
            };

            /**
             * Encodes the specified GetAliasRequest message. Does not implicitly {@link kvmesh.v1.GetAliasRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.GetAliasRequest
             * @static
             * @param {kvmesh.v1.GetAliasRequest.$Properties} message GetAliasRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetAliasRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.aliasDigest != null && $Object.hasOwnProperty.call(message, "aliasDigest") && message.aliasDigest !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.aliasDigest);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetAliasRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.GetAliasRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.GetAliasRequest & kvmesh.v1.GetAliasRequest.$Shape} GetAliasRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetAliasRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.GetAliasRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.aliasDigest = value;
                            else
                                delete message.aliasDigest;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a GetAliasRequest message.
             * @function verify
             * @memberof kvmesh.v1.GetAliasRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetAliasRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.aliasDigest != null && $Object.hasOwnProperty.call(message, "aliasDigest"))
                    if (!$util.isString(message.aliasDigest))
                        return "aliasDigest: string expected";
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    if (!$util.isInteger(message.limit))
                        return "limit: integer expected";
                return null;
            };

            /**
             * Creates a GetAliasRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.GetAliasRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.GetAliasRequest} GetAliasRequest
             */
            GetAliasRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.GetAliasRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.GetAliasRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.GetAliasRequest();
                if (object.aliasDigest != null)
                    if (typeof object.aliasDigest !== "string" || object.aliasDigest.length)
                        message.aliasDigest = $String(object.aliasDigest);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a GetAliasRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.GetAliasRequest
             * @static
             * @param {kvmesh.v1.GetAliasRequest} message GetAliasRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetAliasRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.aliasDigest = "";
                    object.limit = 0;
                }
                if (message.aliasDigest != null && $Object.hasOwnProperty.call(message, "aliasDigest"))
                    object.aliasDigest = message.aliasDigest;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            /**
             * Converts this GetAliasRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.GetAliasRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetAliasRequest.prototype.toJSON = function() {
                return GetAliasRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetAliasRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.GetAliasRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetAliasRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.GetAliasRequest";
            };

            return GetAliasRequest;
        })();

        v1.GetAliasReply = (function() {

            /**
             * Properties of a GetAliasReply.
             * @typedef {Object} kvmesh.v1.GetAliasReply.$Properties
             * @property {Array.<kvmesh.v1.LookupResult.$Properties>|null} [targets] GetAliasReply targets
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetAliasReply.
             * @memberof kvmesh.v1
             * @interface IGetAliasReply
             * @augments kvmesh.v1.GetAliasReply.$Properties
             * @deprecated Use kvmesh.v1.GetAliasReply.$Properties instead.
             */

            /**
             * Shape of a GetAliasReply.
             * @typedef {kvmesh.v1.GetAliasReply.$Properties} kvmesh.v1.GetAliasReply.$Shape
             */

            /**
             * Constructs a new GetAliasReply.
             * @memberof kvmesh.v1
             * @classdesc Represents a GetAliasReply.
             * @constructor
             * @param {kvmesh.v1.GetAliasReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetAliasReply = function (properties) {
                this.targets = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetAliasReply targets.
             * @member {Array.<kvmesh.v1.LookupResult.$Properties>} targets
             * @memberof kvmesh.v1.GetAliasReply
             * @instance
             */
            GetAliasReply.prototype.targets = $util.emptyArray;

            /**
             * Creates a new GetAliasReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.GetAliasReply
             * @static
             * @param {kvmesh.v1.GetAliasReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.GetAliasReply} GetAliasReply instance
             * @type {{
             *   (properties: kvmesh.v1.GetAliasReply.$Shape): kvmesh.v1.GetAliasReply & kvmesh.v1.GetAliasReply.$Shape;
             *   (properties?: kvmesh.v1.GetAliasReply.$Properties): kvmesh.v1.GetAliasReply;
             * }}
             */
            GetAliasReply.create = function(properties) {
                return new GetAliasReply(properties);
            };

            /**
             * Encodes the specified GetAliasReply message. Does not implicitly {@link kvmesh.v1.GetAliasReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.GetAliasReply
             * @static
             * @param {kvmesh.v1.GetAliasReply.$Properties} message GetAliasReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetAliasReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.targets != null && message.targets.length)
                    for (let i = 0; i < message.targets.length; ++i)
                        $root.kvmesh.v1.LookupResult.encode(message.targets[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetAliasReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.GetAliasReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.GetAliasReply & kvmesh.v1.GetAliasReply.$Shape} GetAliasReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetAliasReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.GetAliasReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.targets && message.targets.length))
                                message.targets = [];
                            message.targets.push($root.kvmesh.v1.LookupResult.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a GetAliasReply message.
             * @function verify
             * @memberof kvmesh.v1.GetAliasReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetAliasReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.targets != null && $Object.hasOwnProperty.call(message, "targets")) {
                    if (!$Array.isArray(message.targets))
                        return "targets: array expected";
                    for (let i = 0; i < message.targets.length; ++i) {
                        let error = $root.kvmesh.v1.LookupResult.verify(message.targets[i], _depth + 1);
                        if (error)
                            return "targets." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a GetAliasReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.GetAliasReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.GetAliasReply} GetAliasReply
             */
            GetAliasReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.GetAliasReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.GetAliasReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.GetAliasReply();
                if (object.targets) {
                    if (!$Array.isArray(object.targets))
                        throw $TypeError(".kvmesh.v1.GetAliasReply.targets: array expected");
                    message.targets = $Array(object.targets.length);
                    for (let i = 0; i < object.targets.length; ++i) {
                        if (!$util.isObject(object.targets[i]))
                            throw $TypeError(".kvmesh.v1.GetAliasReply.targets: object expected");
                        message.targets[i] = $root.kvmesh.v1.LookupResult.fromObject(object.targets[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a GetAliasReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.GetAliasReply
             * @static
             * @param {kvmesh.v1.GetAliasReply} message GetAliasReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetAliasReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.targets = [];
                if (message.targets && message.targets.length) {
                    object.targets = $Array(message.targets.length);
                    for (let j = 0; j < message.targets.length; ++j)
                        object.targets[j] = $root.kvmesh.v1.LookupResult.toObject(message.targets[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this GetAliasReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.GetAliasReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetAliasReply.prototype.toJSON = function() {
                return GetAliasReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetAliasReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.GetAliasReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetAliasReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.GetAliasReply";
            };

            return GetAliasReply;
        })();

        /**
         * SegmentEventKind enum.
         * @name kvmesh.v1.SegmentEventKind
         * @enum {number}
         * @property {number} SEGMENT_EVENT_KIND_UNSPECIFIED=0 SEGMENT_EVENT_KIND_UNSPECIFIED value
         * @property {number} SEGMENT_EVENT_KIND_STORED=1 SEGMENT_EVENT_KIND_STORED value
         * @property {number} SEGMENT_EVENT_KIND_EVICTED=2 SEGMENT_EVENT_KIND_EVICTED value
         * @property {number} SEGMENT_EVENT_KIND_DELETED=3 SEGMENT_EVENT_KIND_DELETED value
         * @property {number} SEGMENT_EVENT_KIND_QUARANTINED=4 SEGMENT_EVENT_KIND_QUARANTINED value
         */
        v1.SegmentEventKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SEGMENT_EVENT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SEGMENT_EVENT_KIND_STORED"] = 1;
            values[valuesById[2] = "SEGMENT_EVENT_KIND_EVICTED"] = 2;
            values[valuesById[3] = "SEGMENT_EVENT_KIND_DELETED"] = 3;
            values[valuesById[4] = "SEGMENT_EVENT_KIND_QUARANTINED"] = 4;
            return values;
        })();

        v1.SegmentEvent = (function() {

            /**
             * Properties of a SegmentEvent.
             * @typedef {Object} kvmesh.v1.SegmentEvent.$Properties
             * @property {kvmesh.v1.SegmentEventKind|null} [kind] SegmentEvent kind
             * @property {string|null} [namespace] SegmentEvent namespace
             * @property {string|null} [keyDigest] SegmentEvent keyDigest
             * @property {number|null} [byteLength] SegmentEvent byteLength
             * @property {string|null} [tier] SegmentEvent tier
             * @property {number|null} [unixMs] SegmentEvent unixMs
             * @property {string|null} [modelFingerprint] SegmentEvent modelFingerprint
             * @property {number|null} [tokenCount] SegmentEvent tokenCount
             * @property {string|null} [brokerId] SegmentEvent brokerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SegmentEvent.
             * @memberof kvmesh.v1
             * @interface ISegmentEvent
             * @augments kvmesh.v1.SegmentEvent.$Properties
             * @deprecated Use kvmesh.v1.SegmentEvent.$Properties instead.
             */

            /**
             * Shape of a SegmentEvent.
             * @typedef {kvmesh.v1.SegmentEvent.$Properties} kvmesh.v1.SegmentEvent.$Shape
             */

            /**
             * Constructs a new SegmentEvent.
             * @memberof kvmesh.v1
             * @classdesc Represents a SegmentEvent.
             * @constructor
             * @param {kvmesh.v1.SegmentEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SegmentEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SegmentEvent kind.
             * @member {kvmesh.v1.SegmentEventKind} kind
             * @memberof kvmesh.v1.SegmentEvent
             * @instance
             */
            SegmentEvent.prototype.kind = 0;

            /**
             * SegmentEvent namespace.
             * @member {string} namespace
             * @memberof kvmesh.v1.SegmentEvent
             * @instance
             */
            SegmentEvent.prototype.namespace = "";

            /**
             * SegmentEvent keyDigest.
             * @member {string} keyDigest
             * @memberof kvmesh.v1.SegmentEvent
             * @instance
             */
            SegmentEvent.prototype.keyDigest = "";

            /**
             * SegmentEvent byteLength.
             * @member {number} byteLength
             * @memberof kvmesh.v1.SegmentEvent
             * @instance
             */
            SegmentEvent.prototype.byteLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SegmentEvent tier.
             * @member {string} tier
             * @memberof kvmesh.v1.SegmentEvent
             * @instance
             */
            SegmentEvent.prototype.tier = "";

            /**
             * SegmentEvent unixMs.
             * @member {number} unixMs
             * @memberof kvmesh.v1.SegmentEvent
             * @instance
             */
            SegmentEvent.prototype.unixMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SegmentEvent modelFingerprint.
             * @member {string} modelFingerprint
             * @memberof kvmesh.v1.SegmentEvent
             * @instance
             */
            SegmentEvent.prototype.modelFingerprint = "";

            /**
             * SegmentEvent tokenCount.
             * @member {number} tokenCount
             * @memberof kvmesh.v1.SegmentEvent
             * @instance
             */
            SegmentEvent.prototype.tokenCount = 0;

            /**
             * SegmentEvent brokerId.
             * @member {string} brokerId
             * @memberof kvmesh.v1.SegmentEvent
             * @instance
             */
            SegmentEvent.prototype.brokerId = "";

            /**
             * Creates a new SegmentEvent instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.SegmentEvent
             * @static
             * @param {kvmesh.v1.SegmentEvent.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.SegmentEvent} SegmentEvent instance
             * @type {{
             *   (properties: kvmesh.v1.SegmentEvent.$Shape): kvmesh.v1.SegmentEvent & kvmesh.v1.SegmentEvent.$Shape;
             *   (properties?: kvmesh.v1.SegmentEvent.$Properties): kvmesh.v1.SegmentEvent;
             * }}
             */
            SegmentEvent.create = function(properties) {
                return new SegmentEvent(properties);
            };

            /**
             * Encodes the specified SegmentEvent message. Does not implicitly {@link kvmesh.v1.SegmentEvent.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.SegmentEvent
             * @static
             * @param {kvmesh.v1.SegmentEvent.$Properties} message SegmentEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SegmentEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.namespace);
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest") && message.keyDigest !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.keyDigest);
                if (message.byteLength != null && $Object.hasOwnProperty.call(message, "byteLength") && (typeof message.byteLength === "object" ? message.byteLength.low || message.byteLength.high : message.byteLength !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.byteLength);
                if (message.tier != null && $Object.hasOwnProperty.call(message, "tier") && message.tier !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.tier);
                if (message.unixMs != null && $Object.hasOwnProperty.call(message, "unixMs") && (typeof message.unixMs === "object" ? message.unixMs.low || message.unixMs.high : message.unixMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.unixMs);
                if (message.modelFingerprint != null && $Object.hasOwnProperty.call(message, "modelFingerprint") && message.modelFingerprint !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.modelFingerprint);
                if (message.tokenCount != null && $Object.hasOwnProperty.call(message, "tokenCount") && message.tokenCount !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.tokenCount);
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId") && message.brokerId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.brokerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SegmentEvent message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.SegmentEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.SegmentEvent & kvmesh.v1.SegmentEvent.$Shape} SegmentEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SegmentEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.SegmentEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyDigest = value;
                            else
                                delete message.keyDigest;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.byteLength = value;
                            else
                                delete message.byteLength;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tier = value;
                            else
                                delete message.tier;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.unixMs = value;
                            else
                                delete message.unixMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelFingerprint = value;
                            else
                                delete message.modelFingerprint;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tokenCount = value;
                            else
                                delete message.tokenCount;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.brokerId = value;
                            else
                                delete message.brokerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SegmentEvent message.
             * @function verify
             * @memberof kvmesh.v1.SegmentEvent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SegmentEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    if (!$util.isString(message.namespace))
                        return "namespace: string expected";
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    if (!$util.isString(message.keyDigest))
                        return "keyDigest: string expected";
                if (message.byteLength != null && $Object.hasOwnProperty.call(message, "byteLength"))
                    if (!$util.isInteger(message.byteLength) && !(message.byteLength && $util.isInteger(message.byteLength.low) && $util.isInteger(message.byteLength.high)))
                        return "byteLength: integer|Long expected";
                if (message.tier != null && $Object.hasOwnProperty.call(message, "tier"))
                    if (!$util.isString(message.tier))
                        return "tier: string expected";
                if (message.unixMs != null && $Object.hasOwnProperty.call(message, "unixMs"))
                    if (!$util.isInteger(message.unixMs) && !(message.unixMs && $util.isInteger(message.unixMs.low) && $util.isInteger(message.unixMs.high)))
                        return "unixMs: integer|Long expected";
                if (message.modelFingerprint != null && $Object.hasOwnProperty.call(message, "modelFingerprint"))
                    if (!$util.isString(message.modelFingerprint))
                        return "modelFingerprint: string expected";
                if (message.tokenCount != null && $Object.hasOwnProperty.call(message, "tokenCount"))
                    if (!$util.isInteger(message.tokenCount))
                        return "tokenCount: integer expected";
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId"))
                    if (!$util.isString(message.brokerId))
                        return "brokerId: string expected";
                return null;
            };

            /**
             * Creates a SegmentEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.SegmentEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.SegmentEvent} SegmentEvent
             */
            SegmentEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.SegmentEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.SegmentEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.SegmentEvent();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.kvmesh.v1.SegmentEventKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "SEGMENT_EVENT_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "SEGMENT_EVENT_KIND_STORED":
                    case 1:
                        message.kind = 1;
                        break;
                    case "SEGMENT_EVENT_KIND_EVICTED":
                    case 2:
                        message.kind = 2;
                        break;
                    case "SEGMENT_EVENT_KIND_DELETED":
                    case 3:
                        message.kind = 3;
                        break;
                    case "SEGMENT_EVENT_KIND_QUARANTINED":
                    case 4:
                        message.kind = 4;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.keyDigest != null)
                    if (typeof object.keyDigest !== "string" || object.keyDigest.length)
                        message.keyDigest = $String(object.keyDigest);
                if (object.byteLength != null)
                    if (typeof object.byteLength === "object" ? object.byteLength.low || object.byteLength.high : $Number(object.byteLength) !== 0)
                        if ($util.Long)
                            message.byteLength = $util.Long.fromValue(object.byteLength, true);
                        else if (typeof object.byteLength === "string")
                            message.byteLength = $parseInt(object.byteLength, 10);
                        else if (typeof object.byteLength === "number")
                            message.byteLength = object.byteLength;
                        else if (typeof object.byteLength === "object")
                            message.byteLength = new $util.LongBits(object.byteLength.low >>> 0, object.byteLength.high >>> 0).toNumber(true);
                if (object.tier != null)
                    if (typeof object.tier !== "string" || object.tier.length)
                        message.tier = $String(object.tier);
                if (object.unixMs != null)
                    if (typeof object.unixMs === "object" ? object.unixMs.low || object.unixMs.high : $Number(object.unixMs) !== 0)
                        if ($util.Long)
                            message.unixMs = $util.Long.fromValue(object.unixMs, true);
                        else if (typeof object.unixMs === "string")
                            message.unixMs = $parseInt(object.unixMs, 10);
                        else if (typeof object.unixMs === "number")
                            message.unixMs = object.unixMs;
                        else if (typeof object.unixMs === "object")
                            message.unixMs = new $util.LongBits(object.unixMs.low >>> 0, object.unixMs.high >>> 0).toNumber(true);
                if (object.modelFingerprint != null)
                    if (typeof object.modelFingerprint !== "string" || object.modelFingerprint.length)
                        message.modelFingerprint = $String(object.modelFingerprint);
                if (object.tokenCount != null)
                    if ($Number(object.tokenCount) !== 0)
                        message.tokenCount = object.tokenCount >>> 0;
                if (object.brokerId != null)
                    if (typeof object.brokerId !== "string" || object.brokerId.length)
                        message.brokerId = $String(object.brokerId);
                return message;
            };

            /**
             * Creates a plain object from a SegmentEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.SegmentEvent
             * @static
             * @param {kvmesh.v1.SegmentEvent} message SegmentEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SegmentEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "SEGMENT_EVENT_KIND_UNSPECIFIED" : 0;
                    object.namespace = "";
                    object.keyDigest = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.byteLength = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.byteLength = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.tier = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.unixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.unixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.modelFingerprint = "";
                    object.tokenCount = 0;
                    object.brokerId = "";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.kvmesh.v1.SegmentEventKind[message.kind] === $undefined ? message.kind : $root.kvmesh.v1.SegmentEventKind[message.kind] : message.kind;
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    object.keyDigest = message.keyDigest;
                if (message.byteLength != null && $Object.hasOwnProperty.call(message, "byteLength"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.byteLength = typeof message.byteLength === "number" ? $BigInt(message.byteLength) : $util.Long.fromBits(message.byteLength.low >>> 0, message.byteLength.high >>> 0, true).toBigInt();
                    else if (typeof message.byteLength === "number")
                        object.byteLength = options.longs === $String ? $String(message.byteLength) : message.byteLength;
                    else
                        object.byteLength = options.longs === $String ? $util.Long.prototype.toString.call(message.byteLength) : options.longs === $Number ? new $util.LongBits(message.byteLength.low >>> 0, message.byteLength.high >>> 0).toNumber(true) : message.byteLength;
                if (message.tier != null && $Object.hasOwnProperty.call(message, "tier"))
                    object.tier = message.tier;
                if (message.unixMs != null && $Object.hasOwnProperty.call(message, "unixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.unixMs = typeof message.unixMs === "number" ? $BigInt(message.unixMs) : $util.Long.fromBits(message.unixMs.low >>> 0, message.unixMs.high >>> 0, true).toBigInt();
                    else if (typeof message.unixMs === "number")
                        object.unixMs = options.longs === $String ? $String(message.unixMs) : message.unixMs;
                    else
                        object.unixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.unixMs) : options.longs === $Number ? new $util.LongBits(message.unixMs.low >>> 0, message.unixMs.high >>> 0).toNumber(true) : message.unixMs;
                if (message.modelFingerprint != null && $Object.hasOwnProperty.call(message, "modelFingerprint"))
                    object.modelFingerprint = message.modelFingerprint;
                if (message.tokenCount != null && $Object.hasOwnProperty.call(message, "tokenCount"))
                    object.tokenCount = message.tokenCount;
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId"))
                    object.brokerId = message.brokerId;
                return object;
            };

            /**
             * Converts this SegmentEvent to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.SegmentEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SegmentEvent.prototype.toJSON = function() {
                return SegmentEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SegmentEvent
             * @function getTypeUrl
             * @memberof kvmesh.v1.SegmentEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SegmentEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.SegmentEvent";
            };

            return SegmentEvent;
        })();

        v1.LookupRequest = (function() {

            /**
             * Properties of a LookupRequest.
             * @typedef {Object} kvmesh.v1.LookupRequest.$Properties
             * @property {string|null} [token] LookupRequest token
             * @property {Array.<string>|null} [keyDigests] LookupRequest keyDigests
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LookupRequest.
             * @memberof kvmesh.v1
             * @interface ILookupRequest
             * @augments kvmesh.v1.LookupRequest.$Properties
             * @deprecated Use kvmesh.v1.LookupRequest.$Properties instead.
             */

            /**
             * Shape of a LookupRequest.
             * @typedef {kvmesh.v1.LookupRequest.$Properties} kvmesh.v1.LookupRequest.$Shape
             */

            /**
             * Constructs a new LookupRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents a LookupRequest.
             * @constructor
             * @param {kvmesh.v1.LookupRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LookupRequest = function (properties) {
                this.keyDigests = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LookupRequest token.
             * @member {string} token
             * @memberof kvmesh.v1.LookupRequest
             * @instance
             */
            LookupRequest.prototype.token = "";

            /**
             * LookupRequest keyDigests.
             * @member {Array.<string>} keyDigests
             * @memberof kvmesh.v1.LookupRequest
             * @instance
             */
            LookupRequest.prototype.keyDigests = $util.emptyArray;

            /**
             * Creates a new LookupRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.LookupRequest
             * @static
             * @param {kvmesh.v1.LookupRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.LookupRequest} LookupRequest instance
             * @type {{
             *   (properties: kvmesh.v1.LookupRequest.$Shape): kvmesh.v1.LookupRequest & kvmesh.v1.LookupRequest.$Shape;
             *   (properties?: kvmesh.v1.LookupRequest.$Properties): kvmesh.v1.LookupRequest;
             * }}
             */
            LookupRequest.create = function(properties) {
                return new LookupRequest(properties);
            };

            /**
             * Encodes the specified LookupRequest message. Does not implicitly {@link kvmesh.v1.LookupRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.LookupRequest
             * @static
             * @param {kvmesh.v1.LookupRequest.$Properties} message LookupRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LookupRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.keyDigests != null && message.keyDigests.length)
                    for (let i = 0; i < message.keyDigests.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.keyDigests[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LookupRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.LookupRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.LookupRequest & kvmesh.v1.LookupRequest.$Shape} LookupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LookupRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.LookupRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keyDigests && message.keyDigests.length))
                                message.keyDigests = [];
                            message.keyDigests.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LookupRequest message.
             * @function verify
             * @memberof kvmesh.v1.LookupRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LookupRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    if (!$util.isString(message.token))
                        return "token: string expected";
                if (message.keyDigests != null && $Object.hasOwnProperty.call(message, "keyDigests")) {
                    if (!$Array.isArray(message.keyDigests))
                        return "keyDigests: array expected";
                    for (let i = 0; i < message.keyDigests.length; ++i)
                        if (!$util.isString(message.keyDigests[i]))
                            return "keyDigests: string[] expected";
                }
                return null;
            };

            /**
             * Creates a LookupRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.LookupRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.LookupRequest} LookupRequest
             */
            LookupRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.LookupRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.LookupRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.LookupRequest();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.keyDigests) {
                    if (!$Array.isArray(object.keyDigests))
                        throw $TypeError(".kvmesh.v1.LookupRequest.keyDigests: array expected");
                    message.keyDigests = $Array(object.keyDigests.length);
                    for (let i = 0; i < object.keyDigests.length; ++i)
                        message.keyDigests[i] = $String(object.keyDigests[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a LookupRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.LookupRequest
             * @static
             * @param {kvmesh.v1.LookupRequest} message LookupRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LookupRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.keyDigests = [];
                if (options.defaults)
                    object.token = "";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.keyDigests && message.keyDigests.length) {
                    object.keyDigests = $Array(message.keyDigests.length);
                    for (let j = 0; j < message.keyDigests.length; ++j)
                        object.keyDigests[j] = message.keyDigests[j];
                }
                return object;
            };

            /**
             * Converts this LookupRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.LookupRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LookupRequest.prototype.toJSON = function() {
                return LookupRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LookupRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.LookupRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LookupRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.LookupRequest";
            };

            return LookupRequest;
        })();

        /**
         * ErrorCode enum.
         * @name kvmesh.v1.ErrorCode
         * @enum {number}
         * @property {number} ERROR_CODE_UNSPECIFIED=0 ERROR_CODE_UNSPECIFIED value
         * @property {number} ERROR_CODE_PERMISSION_DENIED=1 ERROR_CODE_PERMISSION_DENIED value
         * @property {number} ERROR_CODE_INVALID_ARGUMENT=2 ERROR_CODE_INVALID_ARGUMENT value
         * @property {number} ERROR_CODE_INTERNAL=3 ERROR_CODE_INTERNAL value
         * @property {number} ERROR_CODE_UNAVAILABLE=4 ERROR_CODE_UNAVAILABLE value
         */
        v1.ErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ERROR_CODE_PERMISSION_DENIED"] = 1;
            values[valuesById[2] = "ERROR_CODE_INVALID_ARGUMENT"] = 2;
            values[valuesById[3] = "ERROR_CODE_INTERNAL"] = 3;
            values[valuesById[4] = "ERROR_CODE_UNAVAILABLE"] = 4;
            return values;
        })();

        v1.ErrorReply = (function() {

            /**
             * Properties of an ErrorReply.
             * @typedef {Object} kvmesh.v1.ErrorReply.$Properties
             * @property {kvmesh.v1.ErrorCode|null} [code] ErrorReply code
             * @property {string|null} [message] ErrorReply message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorReply.
             * @memberof kvmesh.v1
             * @interface IErrorReply
             * @augments kvmesh.v1.ErrorReply.$Properties
             * @deprecated Use kvmesh.v1.ErrorReply.$Properties instead.
             */

            /**
             * Shape of an ErrorReply.
             * @typedef {kvmesh.v1.ErrorReply.$Properties} kvmesh.v1.ErrorReply.$Shape
             */

            /**
             * Constructs a new ErrorReply.
             * @memberof kvmesh.v1
             * @classdesc Represents an ErrorReply.
             * @constructor
             * @param {kvmesh.v1.ErrorReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ErrorReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ErrorReply code.
             * @member {kvmesh.v1.ErrorCode} code
             * @memberof kvmesh.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.code = 0;

            /**
             * ErrorReply message.
             * @member {string} message
             * @memberof kvmesh.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.message = "";

            /**
             * Creates a new ErrorReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.ErrorReply
             * @static
             * @param {kvmesh.v1.ErrorReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.ErrorReply} ErrorReply instance
             * @type {{
             *   (properties: kvmesh.v1.ErrorReply.$Shape): kvmesh.v1.ErrorReply & kvmesh.v1.ErrorReply.$Shape;
             *   (properties?: kvmesh.v1.ErrorReply.$Properties): kvmesh.v1.ErrorReply;
             * }}
             */
            ErrorReply.create = function(properties) {
                return new ErrorReply(properties);
            };

            /**
             * Encodes the specified ErrorReply message. Does not implicitly {@link kvmesh.v1.ErrorReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.ErrorReply
             * @static
             * @param {kvmesh.v1.ErrorReply.$Properties} message ErrorReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ErrorReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.ErrorReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.ErrorReply & kvmesh.v1.ErrorReply.$Shape} ErrorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.ErrorReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ErrorReply message.
             * @function verify
             * @memberof kvmesh.v1.ErrorReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ErrorReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (typeof message.code !== "number" || (message.code | 0) !== message.code)
                        return "code: enum value expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates an ErrorReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.ErrorReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.ErrorReply} ErrorReply
             */
            ErrorReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.ErrorReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.ErrorReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.ErrorReply();
                if (object.code !== 0 && (typeof object.code !== "string" || $root.kvmesh.v1.ErrorCode[object.code] !== 0))
                    switch (object.code) {
                    case "ERROR_CODE_UNSPECIFIED":
                    case 0:
                        message.code = 0;
                        break;
                    case "ERROR_CODE_PERMISSION_DENIED":
                    case 1:
                        message.code = 1;
                        break;
                    case "ERROR_CODE_INVALID_ARGUMENT":
                    case 2:
                        message.code = 2;
                        break;
                    case "ERROR_CODE_INTERNAL":
                    case 3:
                        message.code = 3;
                        break;
                    case "ERROR_CODE_UNAVAILABLE":
                    case 4:
                        message.code = 4;
                        break;
                    default:
                        if (typeof object.code === "number" && (object.code | 0) === object.code)
                            message.code = object.code;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from an ErrorReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.ErrorReply
             * @static
             * @param {kvmesh.v1.ErrorReply} message ErrorReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ErrorReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "ERROR_CODE_UNSPECIFIED" : 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.kvmesh.v1.ErrorCode[message.code] === $undefined ? message.code : $root.kvmesh.v1.ErrorCode[message.code] : message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this ErrorReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.ErrorReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ErrorReply.prototype.toJSON = function() {
                return ErrorReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ErrorReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.ErrorReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ErrorReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.ErrorReply";
            };

            return ErrorReply;
        })();

        v1.LookupHit = (function() {

            /**
             * Properties of a LookupHit.
             * @typedef {Object} kvmesh.v1.LookupHit.$Properties
             * @property {string|null} [keyDigest] LookupHit keyDigest
             * @property {boolean|null} [hit] LookupHit hit
             * @property {kvmesh.v1.SegmentManifest.$Properties|null} [manifest] LookupHit manifest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LookupHit.
             * @memberof kvmesh.v1
             * @interface ILookupHit
             * @augments kvmesh.v1.LookupHit.$Properties
             * @deprecated Use kvmesh.v1.LookupHit.$Properties instead.
             */

            /**
             * Shape of a LookupHit.
             * @typedef {kvmesh.v1.LookupHit.$Properties} kvmesh.v1.LookupHit.$Shape
             */

            /**
             * Constructs a new LookupHit.
             * @memberof kvmesh.v1
             * @classdesc Represents a LookupHit.
             * @constructor
             * @param {kvmesh.v1.LookupHit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LookupHit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LookupHit keyDigest.
             * @member {string} keyDigest
             * @memberof kvmesh.v1.LookupHit
             * @instance
             */
            LookupHit.prototype.keyDigest = "";

            /**
             * LookupHit hit.
             * @member {boolean} hit
             * @memberof kvmesh.v1.LookupHit
             * @instance
             */
            LookupHit.prototype.hit = false;

            /**
             * LookupHit manifest.
             * @member {kvmesh.v1.SegmentManifest.$Properties|null|undefined} manifest
             * @memberof kvmesh.v1.LookupHit
             * @instance
             */
            LookupHit.prototype.manifest = null;

            /**
             * Creates a new LookupHit instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.LookupHit
             * @static
             * @param {kvmesh.v1.LookupHit.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.LookupHit} LookupHit instance
             * @type {{
             *   (properties: kvmesh.v1.LookupHit.$Shape): kvmesh.v1.LookupHit & kvmesh.v1.LookupHit.$Shape;
             *   (properties?: kvmesh.v1.LookupHit.$Properties): kvmesh.v1.LookupHit;
             * }}
             */
            LookupHit.create = function(properties) {
                return new LookupHit(properties);
            };

            /**
             * Encodes the specified LookupHit message. Does not implicitly {@link kvmesh.v1.LookupHit.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.LookupHit
             * @static
             * @param {kvmesh.v1.LookupHit.$Properties} message LookupHit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LookupHit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest") && message.keyDigest !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyDigest);
                if (message.hit != null && $Object.hasOwnProperty.call(message, "hit") && message.hit !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.hit);
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    $root.kvmesh.v1.SegmentManifest.encode(message.manifest, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LookupHit message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.LookupHit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.LookupHit & kvmesh.v1.LookupHit.$Shape} LookupHit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LookupHit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.LookupHit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyDigest = value;
                            else
                                delete message.keyDigest;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hit = value;
                            else
                                delete message.hit;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.manifest = $root.kvmesh.v1.SegmentManifest.decode(reader, reader.size(), $undefined, _depth + 1, message.manifest);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LookupHit message.
             * @function verify
             * @memberof kvmesh.v1.LookupHit
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LookupHit.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    if (!$util.isString(message.keyDigest))
                        return "keyDigest: string expected";
                if (message.hit != null && $Object.hasOwnProperty.call(message, "hit"))
                    if (typeof message.hit !== "boolean")
                        return "hit: boolean expected";
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest")) {
                    let error = $root.kvmesh.v1.SegmentManifest.verify(message.manifest, _depth + 1);
                    if (error)
                        return "manifest." + error;
                }
                return null;
            };

            /**
             * Creates a LookupHit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.LookupHit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.LookupHit} LookupHit
             */
            LookupHit.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.LookupHit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.LookupHit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.LookupHit();
                if (object.keyDigest != null)
                    if (typeof object.keyDigest !== "string" || object.keyDigest.length)
                        message.keyDigest = $String(object.keyDigest);
                if (object.hit != null)
                    if (object.hit)
                        message.hit = $Boolean(object.hit);
                if (object.manifest != null) {
                    if (!$util.isObject(object.manifest))
                        throw $TypeError(".kvmesh.v1.LookupHit.manifest: object expected");
                    message.manifest = $root.kvmesh.v1.SegmentManifest.fromObject(object.manifest, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LookupHit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.LookupHit
             * @static
             * @param {kvmesh.v1.LookupHit} message LookupHit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LookupHit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.keyDigest = "";
                    object.hit = false;
                    object.manifest = null;
                }
                if (message.keyDigest != null && $Object.hasOwnProperty.call(message, "keyDigest"))
                    object.keyDigest = message.keyDigest;
                if (message.hit != null && $Object.hasOwnProperty.call(message, "hit"))
                    object.hit = message.hit;
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    object.manifest = $root.kvmesh.v1.SegmentManifest.toObject(message.manifest, options, _depth + 1);
                return object;
            };

            /**
             * Converts this LookupHit to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.LookupHit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LookupHit.prototype.toJSON = function() {
                return LookupHit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LookupHit
             * @function getTypeUrl
             * @memberof kvmesh.v1.LookupHit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LookupHit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.LookupHit";
            };

            return LookupHit;
        })();

        v1.LookupReply = (function() {

            /**
             * Properties of a LookupReply.
             * @typedef {Object} kvmesh.v1.LookupReply.$Properties
             * @property {Array.<kvmesh.v1.LookupHit.$Properties>|null} [results] LookupReply results
             * @property {kvmesh.v1.ErrorReply.$Properties|null} [error] LookupReply error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LookupReply.
             * @memberof kvmesh.v1
             * @interface ILookupReply
             * @augments kvmesh.v1.LookupReply.$Properties
             * @deprecated Use kvmesh.v1.LookupReply.$Properties instead.
             */

            /**
             * Shape of a LookupReply.
             * @typedef {kvmesh.v1.LookupReply.$Properties} kvmesh.v1.LookupReply.$Shape
             */

            /**
             * Constructs a new LookupReply.
             * @memberof kvmesh.v1
             * @classdesc Represents a LookupReply.
             * @constructor
             * @param {kvmesh.v1.LookupReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LookupReply = function (properties) {
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LookupReply results.
             * @member {Array.<kvmesh.v1.LookupHit.$Properties>} results
             * @memberof kvmesh.v1.LookupReply
             * @instance
             */
            LookupReply.prototype.results = $util.emptyArray;

            /**
             * LookupReply error.
             * @member {kvmesh.v1.ErrorReply.$Properties|null|undefined} error
             * @memberof kvmesh.v1.LookupReply
             * @instance
             */
            LookupReply.prototype.error = null;

            /**
             * Creates a new LookupReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.LookupReply
             * @static
             * @param {kvmesh.v1.LookupReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.LookupReply} LookupReply instance
             * @type {{
             *   (properties: kvmesh.v1.LookupReply.$Shape): kvmesh.v1.LookupReply & kvmesh.v1.LookupReply.$Shape;
             *   (properties?: kvmesh.v1.LookupReply.$Properties): kvmesh.v1.LookupReply;
             * }}
             */
            LookupReply.create = function(properties) {
                return new LookupReply(properties);
            };

            /**
             * Encodes the specified LookupReply message. Does not implicitly {@link kvmesh.v1.LookupReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.LookupReply
             * @static
             * @param {kvmesh.v1.LookupReply.$Properties} message LookupReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LookupReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.kvmesh.v1.LookupHit.encode(message.results[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.kvmesh.v1.ErrorReply.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LookupReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.LookupReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.LookupReply & kvmesh.v1.LookupReply.$Shape} LookupReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LookupReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.LookupReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.kvmesh.v1.LookupHit.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.kvmesh.v1.ErrorReply.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LookupReply message.
             * @function verify
             * @memberof kvmesh.v1.LookupReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LookupReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.results != null && $Object.hasOwnProperty.call(message, "results")) {
                    if (!$Array.isArray(message.results))
                        return "results: array expected";
                    for (let i = 0; i < message.results.length; ++i) {
                        let error = $root.kvmesh.v1.LookupHit.verify(message.results[i], _depth + 1);
                        if (error)
                            return "results." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.kvmesh.v1.ErrorReply.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                return null;
            };

            /**
             * Creates a LookupReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.LookupReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.LookupReply} LookupReply
             */
            LookupReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.LookupReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.LookupReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.LookupReply();
                if (object.results) {
                    if (!$Array.isArray(object.results))
                        throw $TypeError(".kvmesh.v1.LookupReply.results: array expected");
                    message.results = $Array(object.results.length);
                    for (let i = 0; i < object.results.length; ++i) {
                        if (!$util.isObject(object.results[i]))
                            throw $TypeError(".kvmesh.v1.LookupReply.results: object expected");
                        message.results[i] = $root.kvmesh.v1.LookupHit.fromObject(object.results[i], _depth + 1);
                    }
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".kvmesh.v1.LookupReply.error: object expected");
                    message.error = $root.kvmesh.v1.ErrorReply.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LookupReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.LookupReply
             * @static
             * @param {kvmesh.v1.LookupReply} message LookupReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LookupReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.results = [];
                if (options.defaults)
                    object.error = null;
                if (message.results && message.results.length) {
                    object.results = $Array(message.results.length);
                    for (let j = 0; j < message.results.length; ++j)
                        object.results[j] = $root.kvmesh.v1.LookupHit.toObject(message.results[j], options, _depth + 1);
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.kvmesh.v1.ErrorReply.toObject(message.error, options, _depth + 1);
                return object;
            };

            /**
             * Converts this LookupReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.LookupReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LookupReply.prototype.toJSON = function() {
                return LookupReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LookupReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.LookupReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LookupReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.LookupReply";
            };

            return LookupReply;
        })();

        v1.HealthRequest = (function() {

            /**
             * Properties of a HealthRequest.
             * @typedef {Object} kvmesh.v1.HealthRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HealthRequest.
             * @memberof kvmesh.v1
             * @interface IHealthRequest
             * @augments kvmesh.v1.HealthRequest.$Properties
             * @deprecated Use kvmesh.v1.HealthRequest.$Properties instead.
             */

            /**
             * Shape of a HealthRequest.
             * @typedef {kvmesh.v1.HealthRequest.$Properties} kvmesh.v1.HealthRequest.$Shape
             */

            /**
             * Constructs a new HealthRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents a HealthRequest.
             * @constructor
             * @param {kvmesh.v1.HealthRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HealthRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new HealthRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.HealthRequest
             * @static
             * @param {kvmesh.v1.HealthRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.HealthRequest} HealthRequest instance
             * @type {{
             *   (properties: kvmesh.v1.HealthRequest.$Shape): kvmesh.v1.HealthRequest & kvmesh.v1.HealthRequest.$Shape;
             *   (properties?: kvmesh.v1.HealthRequest.$Properties): kvmesh.v1.HealthRequest;
             * }}
             */
            HealthRequest.create = function(properties) {
                return new HealthRequest(properties);
            };

            /**
             * Encodes the specified HealthRequest message. Does not implicitly {@link kvmesh.v1.HealthRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.HealthRequest
             * @static
             * @param {kvmesh.v1.HealthRequest.$Properties} message HealthRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HealthRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.HealthRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.HealthRequest & kvmesh.v1.HealthRequest.$Shape} HealthRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.HealthRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a HealthRequest message.
             * @function verify
             * @memberof kvmesh.v1.HealthRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HealthRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a HealthRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.HealthRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.HealthRequest} HealthRequest
             */
            HealthRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.HealthRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.HealthRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.kvmesh.v1.HealthRequest();
            };

            /**
             * Creates a plain object from a HealthRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.HealthRequest
             * @static
             * @param {kvmesh.v1.HealthRequest} message HealthRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HealthRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this HealthRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.HealthRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HealthRequest.prototype.toJSON = function() {
                return HealthRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HealthRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.HealthRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HealthRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.HealthRequest";
            };

            return HealthRequest;
        })();

        v1.HealthReply = (function() {

            /**
             * Properties of a HealthReply.
             * @typedef {Object} kvmesh.v1.HealthReply.$Properties
             * @property {string|null} [brokerId] HealthReply brokerId
             * @property {string|null} [status] HealthReply status
             * @property {number|null} [uptimeMs] HealthReply uptimeMs
             * @property {string|null} [grpcAddress] HealthReply grpcAddress
             * @property {number|null} [segments] HealthReply segments
             * @property {number|null} [memoryBytes] HealthReply memoryBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HealthReply.
             * @memberof kvmesh.v1
             * @interface IHealthReply
             * @augments kvmesh.v1.HealthReply.$Properties
             * @deprecated Use kvmesh.v1.HealthReply.$Properties instead.
             */

            /**
             * Shape of a HealthReply.
             * @typedef {kvmesh.v1.HealthReply.$Properties} kvmesh.v1.HealthReply.$Shape
             */

            /**
             * Constructs a new HealthReply.
             * @memberof kvmesh.v1
             * @classdesc Represents a HealthReply.
             * @constructor
             * @param {kvmesh.v1.HealthReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HealthReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HealthReply brokerId.
             * @member {string} brokerId
             * @memberof kvmesh.v1.HealthReply
             * @instance
             */
            HealthReply.prototype.brokerId = "";

            /**
             * HealthReply status.
             * @member {string} status
             * @memberof kvmesh.v1.HealthReply
             * @instance
             */
            HealthReply.prototype.status = "";

            /**
             * HealthReply uptimeMs.
             * @member {number} uptimeMs
             * @memberof kvmesh.v1.HealthReply
             * @instance
             */
            HealthReply.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HealthReply grpcAddress.
             * @member {string} grpcAddress
             * @memberof kvmesh.v1.HealthReply
             * @instance
             */
            HealthReply.prototype.grpcAddress = "";

            /**
             * HealthReply segments.
             * @member {number} segments
             * @memberof kvmesh.v1.HealthReply
             * @instance
             */
            HealthReply.prototype.segments = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HealthReply memoryBytes.
             * @member {number} memoryBytes
             * @memberof kvmesh.v1.HealthReply
             * @instance
             */
            HealthReply.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HealthReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.HealthReply
             * @static
             * @param {kvmesh.v1.HealthReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.HealthReply} HealthReply instance
             * @type {{
             *   (properties: kvmesh.v1.HealthReply.$Shape): kvmesh.v1.HealthReply & kvmesh.v1.HealthReply.$Shape;
             *   (properties?: kvmesh.v1.HealthReply.$Properties): kvmesh.v1.HealthReply;
             * }}
             */
            HealthReply.create = function(properties) {
                return new HealthReply(properties);
            };

            /**
             * Encodes the specified HealthReply message. Does not implicitly {@link kvmesh.v1.HealthReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.HealthReply
             * @static
             * @param {kvmesh.v1.HealthReply.$Properties} message HealthReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId") && message.brokerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.brokerId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.status);
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs") && (typeof message.uptimeMs === "object" ? message.uptimeMs.low || message.uptimeMs.high : message.uptimeMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.uptimeMs);
                if (message.grpcAddress != null && $Object.hasOwnProperty.call(message, "grpcAddress") && message.grpcAddress !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.grpcAddress);
                if (message.segments != null && $Object.hasOwnProperty.call(message, "segments") && (typeof message.segments === "object" ? message.segments.low || message.segments.high : message.segments !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.segments);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.memoryBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HealthReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.HealthReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.HealthReply & kvmesh.v1.HealthReply.$Shape} HealthReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.HealthReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.brokerId = value;
                            else
                                delete message.brokerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptimeMs = value;
                            else
                                delete message.uptimeMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.grpcAddress = value;
                            else
                                delete message.grpcAddress;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.segments = value;
                            else
                                delete message.segments;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a HealthReply message.
             * @function verify
             * @memberof kvmesh.v1.HealthReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HealthReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId"))
                    if (!$util.isString(message.brokerId))
                        return "brokerId: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (!$util.isString(message.status))
                        return "status: string expected";
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs"))
                    if (!$util.isInteger(message.uptimeMs) && !(message.uptimeMs && $util.isInteger(message.uptimeMs.low) && $util.isInteger(message.uptimeMs.high)))
                        return "uptimeMs: integer|Long expected";
                if (message.grpcAddress != null && $Object.hasOwnProperty.call(message, "grpcAddress"))
                    if (!$util.isString(message.grpcAddress))
                        return "grpcAddress: string expected";
                if (message.segments != null && $Object.hasOwnProperty.call(message, "segments"))
                    if (!$util.isInteger(message.segments) && !(message.segments && $util.isInteger(message.segments.low) && $util.isInteger(message.segments.high)))
                        return "segments: integer|Long expected";
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (!$util.isInteger(message.memoryBytes) && !(message.memoryBytes && $util.isInteger(message.memoryBytes.low) && $util.isInteger(message.memoryBytes.high)))
                        return "memoryBytes: integer|Long expected";
                return null;
            };

            /**
             * Creates a HealthReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.HealthReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.HealthReply} HealthReply
             */
            HealthReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.HealthReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.HealthReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.HealthReply();
                if (object.brokerId != null)
                    if (typeof object.brokerId !== "string" || object.brokerId.length)
                        message.brokerId = $String(object.brokerId);
                if (object.status != null)
                    if (typeof object.status !== "string" || object.status.length)
                        message.status = $String(object.status);
                if (object.uptimeMs != null)
                    if (typeof object.uptimeMs === "object" ? object.uptimeMs.low || object.uptimeMs.high : $Number(object.uptimeMs) !== 0)
                        if ($util.Long)
                            message.uptimeMs = $util.Long.fromValue(object.uptimeMs, true);
                        else if (typeof object.uptimeMs === "string")
                            message.uptimeMs = $parseInt(object.uptimeMs, 10);
                        else if (typeof object.uptimeMs === "number")
                            message.uptimeMs = object.uptimeMs;
                        else if (typeof object.uptimeMs === "object")
                            message.uptimeMs = new $util.LongBits(object.uptimeMs.low >>> 0, object.uptimeMs.high >>> 0).toNumber(true);
                if (object.grpcAddress != null)
                    if (typeof object.grpcAddress !== "string" || object.grpcAddress.length)
                        message.grpcAddress = $String(object.grpcAddress);
                if (object.segments != null)
                    if (typeof object.segments === "object" ? object.segments.low || object.segments.high : $Number(object.segments) !== 0)
                        if ($util.Long)
                            message.segments = $util.Long.fromValue(object.segments, true);
                        else if (typeof object.segments === "string")
                            message.segments = $parseInt(object.segments, 10);
                        else if (typeof object.segments === "number")
                            message.segments = object.segments;
                        else if (typeof object.segments === "object")
                            message.segments = new $util.LongBits(object.segments.low >>> 0, object.segments.high >>> 0).toNumber(true);
                if (object.memoryBytes != null)
                    if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                        if ($util.Long)
                            message.memoryBytes = $util.Long.fromValue(object.memoryBytes, true);
                        else if (typeof object.memoryBytes === "string")
                            message.memoryBytes = $parseInt(object.memoryBytes, 10);
                        else if (typeof object.memoryBytes === "number")
                            message.memoryBytes = object.memoryBytes;
                        else if (typeof object.memoryBytes === "object")
                            message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a HealthReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.HealthReply
             * @static
             * @param {kvmesh.v1.HealthReply} message HealthReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HealthReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.brokerId = "";
                    object.status = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uptimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.grpcAddress = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.segments = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.segments = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId"))
                    object.brokerId = message.brokerId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptimeMs = typeof message.uptimeMs === "number" ? $BigInt(message.uptimeMs) : $util.Long.fromBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.uptimeMs === "number")
                        object.uptimeMs = options.longs === $String ? $String(message.uptimeMs) : message.uptimeMs;
                    else
                        object.uptimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.uptimeMs) : options.longs === $Number ? new $util.LongBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0).toNumber(true) : message.uptimeMs;
                if (message.grpcAddress != null && $Object.hasOwnProperty.call(message, "grpcAddress"))
                    object.grpcAddress = message.grpcAddress;
                if (message.segments != null && $Object.hasOwnProperty.call(message, "segments"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.segments = typeof message.segments === "number" ? $BigInt(message.segments) : $util.Long.fromBits(message.segments.low >>> 0, message.segments.high >>> 0, true).toBigInt();
                    else if (typeof message.segments === "number")
                        object.segments = options.longs === $String ? $String(message.segments) : message.segments;
                    else
                        object.segments = options.longs === $String ? $util.Long.prototype.toString.call(message.segments) : options.longs === $Number ? new $util.LongBits(message.segments.low >>> 0, message.segments.high >>> 0).toNumber(true) : message.segments;
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBytes === "number")
                        object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                    else
                        object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber(true) : message.memoryBytes;
                return object;
            };

            /**
             * Converts this HealthReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.HealthReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HealthReply.prototype.toJSON = function() {
                return HealthReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HealthReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.HealthReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HealthReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.HealthReply";
            };

            return HealthReply;
        })();

        v1.ProjectRequest = (function() {

            /**
             * Properties of a ProjectRequest.
             * @typedef {Object} kvmesh.v1.ProjectRequest.$Properties
             * @property {string|null} [sourceKey] ProjectRequest sourceKey
             * @property {string|null} [targetModelFingerprint] ProjectRequest targetModelFingerprint
             * @property {string|null} [targetKType] ProjectRequest targetKType
             * @property {string|null} [targetVType] ProjectRequest targetVType
             * @property {string|null} [projectorId] ProjectRequest projectorId
             * @property {boolean|null} [sameHost] ProjectRequest sameHost
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProjectRequest.
             * @memberof kvmesh.v1
             * @interface IProjectRequest
             * @augments kvmesh.v1.ProjectRequest.$Properties
             * @deprecated Use kvmesh.v1.ProjectRequest.$Properties instead.
             */

            /**
             * Shape of a ProjectRequest.
             * @typedef {kvmesh.v1.ProjectRequest.$Properties} kvmesh.v1.ProjectRequest.$Shape
             */

            /**
             * Constructs a new ProjectRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents a ProjectRequest.
             * @constructor
             * @param {kvmesh.v1.ProjectRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProjectRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProjectRequest sourceKey.
             * @member {string} sourceKey
             * @memberof kvmesh.v1.ProjectRequest
             * @instance
             */
            ProjectRequest.prototype.sourceKey = "";

            /**
             * ProjectRequest targetModelFingerprint.
             * @member {string} targetModelFingerprint
             * @memberof kvmesh.v1.ProjectRequest
             * @instance
             */
            ProjectRequest.prototype.targetModelFingerprint = "";

            /**
             * ProjectRequest targetKType.
             * @member {string} targetKType
             * @memberof kvmesh.v1.ProjectRequest
             * @instance
             */
            ProjectRequest.prototype.targetKType = "";

            /**
             * ProjectRequest targetVType.
             * @member {string} targetVType
             * @memberof kvmesh.v1.ProjectRequest
             * @instance
             */
            ProjectRequest.prototype.targetVType = "";

            /**
             * ProjectRequest projectorId.
             * @member {string} projectorId
             * @memberof kvmesh.v1.ProjectRequest
             * @instance
             */
            ProjectRequest.prototype.projectorId = "";

            /**
             * ProjectRequest sameHost.
             * @member {boolean} sameHost
             * @memberof kvmesh.v1.ProjectRequest
             * @instance
             */
            ProjectRequest.prototype.sameHost = false;

            /**
             * Creates a new ProjectRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.ProjectRequest
             * @static
             * @param {kvmesh.v1.ProjectRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.ProjectRequest} ProjectRequest instance
             * @type {{
             *   (properties: kvmesh.v1.ProjectRequest.$Shape): kvmesh.v1.ProjectRequest & kvmesh.v1.ProjectRequest.$Shape;
             *   (properties?: kvmesh.v1.ProjectRequest.$Properties): kvmesh.v1.ProjectRequest;
             * }}
             */
            ProjectRequest.create = function(properties) {
                return new ProjectRequest(properties);
            };

            /**
             * Encodes the specified ProjectRequest message. Does not implicitly {@link kvmesh.v1.ProjectRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.ProjectRequest
             * @static
             * @param {kvmesh.v1.ProjectRequest.$Properties} message ProjectRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProjectRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sourceKey != null && $Object.hasOwnProperty.call(message, "sourceKey") && message.sourceKey !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.sourceKey);
                if (message.targetModelFingerprint != null && $Object.hasOwnProperty.call(message, "targetModelFingerprint") && message.targetModelFingerprint !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.targetModelFingerprint);
                if (message.targetKType != null && $Object.hasOwnProperty.call(message, "targetKType") && message.targetKType !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.targetKType);
                if (message.targetVType != null && $Object.hasOwnProperty.call(message, "targetVType") && message.targetVType !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.targetVType);
                if (message.projectorId != null && $Object.hasOwnProperty.call(message, "projectorId") && message.projectorId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.projectorId);
                if (message.sameHost != null && $Object.hasOwnProperty.call(message, "sameHost") && message.sameHost !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.sameHost);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProjectRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.ProjectRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.ProjectRequest & kvmesh.v1.ProjectRequest.$Shape} ProjectRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProjectRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.ProjectRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sourceKey = value;
                            else
                                delete message.sourceKey;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.targetModelFingerprint = value;
                            else
                                delete message.targetModelFingerprint;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.targetKType = value;
                            else
                                delete message.targetKType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.targetVType = value;
                            else
                                delete message.targetVType;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.projectorId = value;
                            else
                                delete message.projectorId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.sameHost = value;
                            else
                                delete message.sameHost;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ProjectRequest message.
             * @function verify
             * @memberof kvmesh.v1.ProjectRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProjectRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sourceKey != null && $Object.hasOwnProperty.call(message, "sourceKey"))
                    if (!$util.isString(message.sourceKey))
                        return "sourceKey: string expected";
                if (message.targetModelFingerprint != null && $Object.hasOwnProperty.call(message, "targetModelFingerprint"))
                    if (!$util.isString(message.targetModelFingerprint))
                        return "targetModelFingerprint: string expected";
                if (message.targetKType != null && $Object.hasOwnProperty.call(message, "targetKType"))
                    if (!$util.isString(message.targetKType))
                        return "targetKType: string expected";
                if (message.targetVType != null && $Object.hasOwnProperty.call(message, "targetVType"))
                    if (!$util.isString(message.targetVType))
                        return "targetVType: string expected";
                if (message.projectorId != null && $Object.hasOwnProperty.call(message, "projectorId"))
                    if (!$util.isString(message.projectorId))
                        return "projectorId: string expected";
                if (message.sameHost != null && $Object.hasOwnProperty.call(message, "sameHost"))
                    if (typeof message.sameHost !== "boolean")
                        return "sameHost: boolean expected";
                return null;
            };

            /**
             * Creates a ProjectRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.ProjectRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.ProjectRequest} ProjectRequest
             */
            ProjectRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.ProjectRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.ProjectRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.ProjectRequest();
                if (object.sourceKey != null)
                    if (typeof object.sourceKey !== "string" || object.sourceKey.length)
                        message.sourceKey = $String(object.sourceKey);
                if (object.targetModelFingerprint != null)
                    if (typeof object.targetModelFingerprint !== "string" || object.targetModelFingerprint.length)
                        message.targetModelFingerprint = $String(object.targetModelFingerprint);
                if (object.targetKType != null)
                    if (typeof object.targetKType !== "string" || object.targetKType.length)
                        message.targetKType = $String(object.targetKType);
                if (object.targetVType != null)
                    if (typeof object.targetVType !== "string" || object.targetVType.length)
                        message.targetVType = $String(object.targetVType);
                if (object.projectorId != null)
                    if (typeof object.projectorId !== "string" || object.projectorId.length)
                        message.projectorId = $String(object.projectorId);
                if (object.sameHost != null)
                    if (object.sameHost)
                        message.sameHost = $Boolean(object.sameHost);
                return message;
            };

            /**
             * Creates a plain object from a ProjectRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.ProjectRequest
             * @static
             * @param {kvmesh.v1.ProjectRequest} message ProjectRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProjectRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sourceKey = "";
                    object.targetModelFingerprint = "";
                    object.targetKType = "";
                    object.targetVType = "";
                    object.projectorId = "";
                    object.sameHost = false;
                }
                if (message.sourceKey != null && $Object.hasOwnProperty.call(message, "sourceKey"))
                    object.sourceKey = message.sourceKey;
                if (message.targetModelFingerprint != null && $Object.hasOwnProperty.call(message, "targetModelFingerprint"))
                    object.targetModelFingerprint = message.targetModelFingerprint;
                if (message.targetKType != null && $Object.hasOwnProperty.call(message, "targetKType"))
                    object.targetKType = message.targetKType;
                if (message.targetVType != null && $Object.hasOwnProperty.call(message, "targetVType"))
                    object.targetVType = message.targetVType;
                if (message.projectorId != null && $Object.hasOwnProperty.call(message, "projectorId"))
                    object.projectorId = message.projectorId;
                if (message.sameHost != null && $Object.hasOwnProperty.call(message, "sameHost"))
                    object.sameHost = message.sameHost;
                return object;
            };

            /**
             * Converts this ProjectRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.ProjectRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProjectRequest.prototype.toJSON = function() {
                return ProjectRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProjectRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.ProjectRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProjectRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.ProjectRequest";
            };

            return ProjectRequest;
        })();

        v1.ProjectorInfo = (function() {

            /**
             * Properties of a ProjectorInfo.
             * @typedef {Object} kvmesh.v1.ProjectorInfo.$Properties
             * @property {string|null} [projectorId] ProjectorInfo projectorId
             * @property {string|null} [sourceModelFingerprint] ProjectorInfo sourceModelFingerprint
             * @property {string|null} [targetModelFingerprint] ProjectorInfo targetModelFingerprint
             * @property {string|null} [version] ProjectorInfo version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProjectorInfo.
             * @memberof kvmesh.v1
             * @interface IProjectorInfo
             * @augments kvmesh.v1.ProjectorInfo.$Properties
             * @deprecated Use kvmesh.v1.ProjectorInfo.$Properties instead.
             */

            /**
             * Shape of a ProjectorInfo.
             * @typedef {kvmesh.v1.ProjectorInfo.$Properties} kvmesh.v1.ProjectorInfo.$Shape
             */

            /**
             * Constructs a new ProjectorInfo.
             * @memberof kvmesh.v1
             * @classdesc Represents a ProjectorInfo.
             * @constructor
             * @param {kvmesh.v1.ProjectorInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProjectorInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProjectorInfo projectorId.
             * @member {string} projectorId
             * @memberof kvmesh.v1.ProjectorInfo
             * @instance
             */
            ProjectorInfo.prototype.projectorId = "";

            /**
             * ProjectorInfo sourceModelFingerprint.
             * @member {string} sourceModelFingerprint
             * @memberof kvmesh.v1.ProjectorInfo
             * @instance
             */
            ProjectorInfo.prototype.sourceModelFingerprint = "";

            /**
             * ProjectorInfo targetModelFingerprint.
             * @member {string} targetModelFingerprint
             * @memberof kvmesh.v1.ProjectorInfo
             * @instance
             */
            ProjectorInfo.prototype.targetModelFingerprint = "";

            /**
             * ProjectorInfo version.
             * @member {string} version
             * @memberof kvmesh.v1.ProjectorInfo
             * @instance
             */
            ProjectorInfo.prototype.version = "";

            /**
             * Creates a new ProjectorInfo instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.ProjectorInfo
             * @static
             * @param {kvmesh.v1.ProjectorInfo.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.ProjectorInfo} ProjectorInfo instance
             * @type {{
             *   (properties: kvmesh.v1.ProjectorInfo.$Shape): kvmesh.v1.ProjectorInfo & kvmesh.v1.ProjectorInfo.$Shape;
             *   (properties?: kvmesh.v1.ProjectorInfo.$Properties): kvmesh.v1.ProjectorInfo;
             * }}
             */
            ProjectorInfo.create = function(properties) {
                return new ProjectorInfo(properties);
            };

            /**
             * Encodes the specified ProjectorInfo message. Does not implicitly {@link kvmesh.v1.ProjectorInfo.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.ProjectorInfo
             * @static
             * @param {kvmesh.v1.ProjectorInfo.$Properties} message ProjectorInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProjectorInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.projectorId != null && $Object.hasOwnProperty.call(message, "projectorId") && message.projectorId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.projectorId);
                if (message.sourceModelFingerprint != null && $Object.hasOwnProperty.call(message, "sourceModelFingerprint") && message.sourceModelFingerprint !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sourceModelFingerprint);
                if (message.targetModelFingerprint != null && $Object.hasOwnProperty.call(message, "targetModelFingerprint") && message.targetModelFingerprint !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.targetModelFingerprint);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProjectorInfo message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.ProjectorInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.ProjectorInfo & kvmesh.v1.ProjectorInfo.$Shape} ProjectorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProjectorInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.ProjectorInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.projectorId = value;
                            else
                                delete message.projectorId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sourceModelFingerprint = value;
                            else
                                delete message.sourceModelFingerprint;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.targetModelFingerprint = value;
                            else
                                delete message.targetModelFingerprint;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ProjectorInfo message.
             * @function verify
             * @memberof kvmesh.v1.ProjectorInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProjectorInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.projectorId != null && $Object.hasOwnProperty.call(message, "projectorId"))
                    if (!$util.isString(message.projectorId))
                        return "projectorId: string expected";
                if (message.sourceModelFingerprint != null && $Object.hasOwnProperty.call(message, "sourceModelFingerprint"))
                    if (!$util.isString(message.sourceModelFingerprint))
                        return "sourceModelFingerprint: string expected";
                if (message.targetModelFingerprint != null && $Object.hasOwnProperty.call(message, "targetModelFingerprint"))
                    if (!$util.isString(message.targetModelFingerprint))
                        return "targetModelFingerprint: string expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                return null;
            };

            /**
             * Creates a ProjectorInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.ProjectorInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.ProjectorInfo} ProjectorInfo
             */
            ProjectorInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.ProjectorInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.ProjectorInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.ProjectorInfo();
                if (object.projectorId != null)
                    if (typeof object.projectorId !== "string" || object.projectorId.length)
                        message.projectorId = $String(object.projectorId);
                if (object.sourceModelFingerprint != null)
                    if (typeof object.sourceModelFingerprint !== "string" || object.sourceModelFingerprint.length)
                        message.sourceModelFingerprint = $String(object.sourceModelFingerprint);
                if (object.targetModelFingerprint != null)
                    if (typeof object.targetModelFingerprint !== "string" || object.targetModelFingerprint.length)
                        message.targetModelFingerprint = $String(object.targetModelFingerprint);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                return message;
            };

            /**
             * Creates a plain object from a ProjectorInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.ProjectorInfo
             * @static
             * @param {kvmesh.v1.ProjectorInfo} message ProjectorInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProjectorInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.projectorId = "";
                    object.sourceModelFingerprint = "";
                    object.targetModelFingerprint = "";
                    object.version = "";
                }
                if (message.projectorId != null && $Object.hasOwnProperty.call(message, "projectorId"))
                    object.projectorId = message.projectorId;
                if (message.sourceModelFingerprint != null && $Object.hasOwnProperty.call(message, "sourceModelFingerprint"))
                    object.sourceModelFingerprint = message.sourceModelFingerprint;
                if (message.targetModelFingerprint != null && $Object.hasOwnProperty.call(message, "targetModelFingerprint"))
                    object.targetModelFingerprint = message.targetModelFingerprint;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                return object;
            };

            /**
             * Converts this ProjectorInfo to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.ProjectorInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProjectorInfo.prototype.toJSON = function() {
                return ProjectorInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProjectorInfo
             * @function getTypeUrl
             * @memberof kvmesh.v1.ProjectorInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProjectorInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.ProjectorInfo";
            };

            return ProjectorInfo;
        })();

        v1.ProjectedHeader = (function() {

            /**
             * Properties of a ProjectedHeader.
             * @typedef {Object} kvmesh.v1.ProjectedHeader.$Properties
             * @property {kvmesh.v1.SegmentManifest.$Properties|null} [manifest] ProjectedHeader manifest
             * @property {kvmesh.v1.ProjectorInfo.$Properties|null} [projector] ProjectedHeader projector
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProjectedHeader.
             * @memberof kvmesh.v1
             * @interface IProjectedHeader
             * @augments kvmesh.v1.ProjectedHeader.$Properties
             * @deprecated Use kvmesh.v1.ProjectedHeader.$Properties instead.
             */

            /**
             * Shape of a ProjectedHeader.
             * @typedef {kvmesh.v1.ProjectedHeader.$Properties} kvmesh.v1.ProjectedHeader.$Shape
             */

            /**
             * Constructs a new ProjectedHeader.
             * @memberof kvmesh.v1
             * @classdesc Represents a ProjectedHeader.
             * @constructor
             * @param {kvmesh.v1.ProjectedHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProjectedHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProjectedHeader manifest.
             * @member {kvmesh.v1.SegmentManifest.$Properties|null|undefined} manifest
             * @memberof kvmesh.v1.ProjectedHeader
             * @instance
             */
            ProjectedHeader.prototype.manifest = null;

            /**
             * ProjectedHeader projector.
             * @member {kvmesh.v1.ProjectorInfo.$Properties|null|undefined} projector
             * @memberof kvmesh.v1.ProjectedHeader
             * @instance
             */
            ProjectedHeader.prototype.projector = null;

            /**
             * Creates a new ProjectedHeader instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.ProjectedHeader
             * @static
             * @param {kvmesh.v1.ProjectedHeader.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.ProjectedHeader} ProjectedHeader instance
             * @type {{
             *   (properties: kvmesh.v1.ProjectedHeader.$Shape): kvmesh.v1.ProjectedHeader & kvmesh.v1.ProjectedHeader.$Shape;
             *   (properties?: kvmesh.v1.ProjectedHeader.$Properties): kvmesh.v1.ProjectedHeader;
             * }}
             */
            ProjectedHeader.create = function(properties) {
                return new ProjectedHeader(properties);
            };

            /**
             * Encodes the specified ProjectedHeader message. Does not implicitly {@link kvmesh.v1.ProjectedHeader.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.ProjectedHeader
             * @static
             * @param {kvmesh.v1.ProjectedHeader.$Properties} message ProjectedHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProjectedHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    $root.kvmesh.v1.SegmentManifest.encode(message.manifest, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.projector != null && $Object.hasOwnProperty.call(message, "projector"))
                    $root.kvmesh.v1.ProjectorInfo.encode(message.projector, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProjectedHeader message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.ProjectedHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.ProjectedHeader & kvmesh.v1.ProjectedHeader.$Shape} ProjectedHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProjectedHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.ProjectedHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.manifest = $root.kvmesh.v1.SegmentManifest.decode(reader, reader.size(), $undefined, _depth + 1, message.manifest);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.projector = $root.kvmesh.v1.ProjectorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.projector);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ProjectedHeader message.
             * @function verify
             * @memberof kvmesh.v1.ProjectedHeader
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProjectedHeader.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest")) {
                    let error = $root.kvmesh.v1.SegmentManifest.verify(message.manifest, _depth + 1);
                    if (error)
                        return "manifest." + error;
                }
                if (message.projector != null && $Object.hasOwnProperty.call(message, "projector")) {
                    let error = $root.kvmesh.v1.ProjectorInfo.verify(message.projector, _depth + 1);
                    if (error)
                        return "projector." + error;
                }
                return null;
            };

            /**
             * Creates a ProjectedHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.ProjectedHeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.ProjectedHeader} ProjectedHeader
             */
            ProjectedHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.ProjectedHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.ProjectedHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.ProjectedHeader();
                if (object.manifest != null) {
                    if (!$util.isObject(object.manifest))
                        throw $TypeError(".kvmesh.v1.ProjectedHeader.manifest: object expected");
                    message.manifest = $root.kvmesh.v1.SegmentManifest.fromObject(object.manifest, _depth + 1);
                }
                if (object.projector != null) {
                    if (!$util.isObject(object.projector))
                        throw $TypeError(".kvmesh.v1.ProjectedHeader.projector: object expected");
                    message.projector = $root.kvmesh.v1.ProjectorInfo.fromObject(object.projector, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ProjectedHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.ProjectedHeader
             * @static
             * @param {kvmesh.v1.ProjectedHeader} message ProjectedHeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProjectedHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.manifest = null;
                    object.projector = null;
                }
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest"))
                    object.manifest = $root.kvmesh.v1.SegmentManifest.toObject(message.manifest, options, _depth + 1);
                if (message.projector != null && $Object.hasOwnProperty.call(message, "projector"))
                    object.projector = $root.kvmesh.v1.ProjectorInfo.toObject(message.projector, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ProjectedHeader to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.ProjectedHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProjectedHeader.prototype.toJSON = function() {
                return ProjectedHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProjectedHeader
             * @function getTypeUrl
             * @memberof kvmesh.v1.ProjectedHeader
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProjectedHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.ProjectedHeader";
            };

            return ProjectedHeader;
        })();

        v1.ProjectRefusal = (function() {

            /**
             * Properties of a ProjectRefusal.
             * @typedef {Object} kvmesh.v1.ProjectRefusal.$Properties
             * @property {string|null} [reason] ProjectRefusal reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProjectRefusal.
             * @memberof kvmesh.v1
             * @interface IProjectRefusal
             * @augments kvmesh.v1.ProjectRefusal.$Properties
             * @deprecated Use kvmesh.v1.ProjectRefusal.$Properties instead.
             */

            /**
             * Shape of a ProjectRefusal.
             * @typedef {kvmesh.v1.ProjectRefusal.$Properties} kvmesh.v1.ProjectRefusal.$Shape
             */

            /**
             * Constructs a new ProjectRefusal.
             * @memberof kvmesh.v1
             * @classdesc Represents a ProjectRefusal.
             * @constructor
             * @param {kvmesh.v1.ProjectRefusal.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProjectRefusal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProjectRefusal reason.
             * @member {string} reason
             * @memberof kvmesh.v1.ProjectRefusal
             * @instance
             */
            ProjectRefusal.prototype.reason = "";

            /**
             * Creates a new ProjectRefusal instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.ProjectRefusal
             * @static
             * @param {kvmesh.v1.ProjectRefusal.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.ProjectRefusal} ProjectRefusal instance
             * @type {{
             *   (properties: kvmesh.v1.ProjectRefusal.$Shape): kvmesh.v1.ProjectRefusal & kvmesh.v1.ProjectRefusal.$Shape;
             *   (properties?: kvmesh.v1.ProjectRefusal.$Properties): kvmesh.v1.ProjectRefusal;
             * }}
             */
            ProjectRefusal.create = function(properties) {
                return new ProjectRefusal(properties);
            };

            /**
             * Encodes the specified ProjectRefusal message. Does not implicitly {@link kvmesh.v1.ProjectRefusal.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.ProjectRefusal
             * @static
             * @param {kvmesh.v1.ProjectRefusal.$Properties} message ProjectRefusal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProjectRefusal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProjectRefusal message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.ProjectRefusal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.ProjectRefusal & kvmesh.v1.ProjectRefusal.$Shape} ProjectRefusal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProjectRefusal.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.ProjectRefusal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ProjectRefusal message.
             * @function verify
             * @memberof kvmesh.v1.ProjectRefusal
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProjectRefusal.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a ProjectRefusal message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.ProjectRefusal
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.ProjectRefusal} ProjectRefusal
             */
            ProjectRefusal.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.ProjectRefusal)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.ProjectRefusal: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.ProjectRefusal();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a ProjectRefusal message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.ProjectRefusal
             * @static
             * @param {kvmesh.v1.ProjectRefusal} message ProjectRefusal
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProjectRefusal.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.reason = "";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this ProjectRefusal to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.ProjectRefusal
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProjectRefusal.prototype.toJSON = function() {
                return ProjectRefusal.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProjectRefusal
             * @function getTypeUrl
             * @memberof kvmesh.v1.ProjectRefusal
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProjectRefusal.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.ProjectRefusal";
            };

            return ProjectRefusal;
        })();

        v1.ProjectReply = (function() {

            /**
             * Properties of a ProjectReply.
             * @typedef {Object} kvmesh.v1.ProjectReply.$Properties
             * @property {kvmesh.v1.ProjectedHeader.$Properties|null} [projected] ProjectReply projected
             * @property {kvmesh.v1.ProjectRefusal.$Properties|null} [refused] ProjectReply refused
             * @property {Uint8Array|null} [chunk] ProjectReply chunk
             * @property {"projected"|"refused"|"chunk"} [kind] ProjectReply kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProjectReply.
             * @memberof kvmesh.v1
             * @interface IProjectReply
             * @augments kvmesh.v1.ProjectReply.$Properties
             * @deprecated Use kvmesh.v1.ProjectReply.$Properties instead.
             */

            /**
             * Narrowed shape of a ProjectReply.
             * @typedef {{
             *   projected?: kvmesh.v1.ProjectedHeader.$Shape|null;
             *   refused?: kvmesh.v1.ProjectRefusal.$Shape|null;
             *   chunk?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; projected?: null; refused?: null; chunk?: null }|{ kind?: "projected"; projected: kvmesh.v1.ProjectedHeader.$Shape; refused?: null; chunk?: null }|{ kind?: "refused"; projected?: null; refused: kvmesh.v1.ProjectRefusal.$Shape; chunk?: null }|{ kind?: "chunk"; projected?: null; refused?: null; chunk: Uint8Array })
             * )} kvmesh.v1.ProjectReply.$Shape
             */

            /**
             * Constructs a new ProjectReply.
             * @memberof kvmesh.v1
             * @classdesc Represents a ProjectReply.
             * @constructor
             * @param {kvmesh.v1.ProjectReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProjectReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProjectReply projected.
             * @member {kvmesh.v1.ProjectedHeader.$Properties|null|undefined} projected
             * @memberof kvmesh.v1.ProjectReply
             * @instance
             */
            ProjectReply.prototype.projected = null;

            /**
             * ProjectReply refused.
             * @member {kvmesh.v1.ProjectRefusal.$Properties|null|undefined} refused
             * @memberof kvmesh.v1.ProjectReply
             * @instance
             */
            ProjectReply.prototype.refused = null;

            /**
             * ProjectReply chunk.
             * @member {Uint8Array|null|undefined} chunk
             * @memberof kvmesh.v1.ProjectReply
             * @instance
             */
            ProjectReply.prototype.chunk = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ProjectReply kind.
             * @member {"projected"|"refused"|"chunk"|undefined} kind
             * @memberof kvmesh.v1.ProjectReply
             * @instance
             */
            $Object.defineProperty(ProjectReply.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["projected", "refused", "chunk"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ProjectReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.ProjectReply
             * @static
             * @param {kvmesh.v1.ProjectReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.ProjectReply} ProjectReply instance
             * @type {{
             *   (properties: kvmesh.v1.ProjectReply.$Shape): kvmesh.v1.ProjectReply & kvmesh.v1.ProjectReply.$Shape;
             *   (properties?: kvmesh.v1.ProjectReply.$Properties): kvmesh.v1.ProjectReply;
             * }}
             */
            ProjectReply.create = function(properties) {
                return new ProjectReply(properties);
            };

            /**
             * Encodes the specified ProjectReply message. Does not implicitly {@link kvmesh.v1.ProjectReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.ProjectReply
             * @static
             * @param {kvmesh.v1.ProjectReply.$Properties} message ProjectReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProjectReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.projected != null && $Object.hasOwnProperty.call(message, "projected"))
                    $root.kvmesh.v1.ProjectedHeader.encode(message.projected, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused"))
                    $root.kvmesh.v1.ProjectRefusal.encode(message.refused, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.chunk);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProjectReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.ProjectReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.ProjectReply & kvmesh.v1.ProjectReply.$Shape} ProjectReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProjectReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.ProjectReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.projected = $root.kvmesh.v1.ProjectedHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.projected);
                            message.kind = "projected";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.refused = $root.kvmesh.v1.ProjectRefusal.decode(reader, reader.size(), $undefined, _depth + 1, message.refused);
                            message.kind = "refused";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.chunk = reader.bytes();
                            message.kind = "chunk";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ProjectReply message.
             * @function verify
             * @memberof kvmesh.v1.ProjectReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ProjectReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.projected != null && $Object.hasOwnProperty.call(message, "projected")) {
                    properties.kind = 1;
                    {
                        let error = $root.kvmesh.v1.ProjectedHeader.verify(message.projected, _depth + 1);
                        if (error)
                            return "projected." + error;
                    }
                }
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.kvmesh.v1.ProjectRefusal.verify(message.refused, _depth + 1);
                        if (error)
                            return "refused." + error;
                    }
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (!(message.chunk && typeof message.chunk.length === "number" || $util.isString(message.chunk)))
                        return "chunk: buffer expected";
                }
                return null;
            };

            /**
             * Creates a ProjectReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.ProjectReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.ProjectReply} ProjectReply
             */
            ProjectReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.ProjectReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.ProjectReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.ProjectReply();
                if (object.projected != null) {
                    if (!$util.isObject(object.projected))
                        throw $TypeError(".kvmesh.v1.ProjectReply.projected: object expected");
                    message.projected = $root.kvmesh.v1.ProjectedHeader.fromObject(object.projected, _depth + 1);
                }
                if (object.refused != null) {
                    if (!$util.isObject(object.refused))
                        throw $TypeError(".kvmesh.v1.ProjectReply.refused: object expected");
                    message.refused = $root.kvmesh.v1.ProjectRefusal.fromObject(object.refused, _depth + 1);
                }
                if (object.chunk != null)
                    if (typeof object.chunk === "string")
                        $util.base64.decode(object.chunk, message.chunk = $util.newBuffer($util.base64.length(object.chunk)), 0);
                    else if (object.chunk.length >= 0)
                        message.chunk = object.chunk;
                return message;
            };

            /**
             * Creates a plain object from a ProjectReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.ProjectReply
             * @static
             * @param {kvmesh.v1.ProjectReply} message ProjectReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProjectReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.projected != null && $Object.hasOwnProperty.call(message, "projected")) {
                    object.projected = $root.kvmesh.v1.ProjectedHeader.toObject(message.projected, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "projected";
                }
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused")) {
                    object.refused = $root.kvmesh.v1.ProjectRefusal.toObject(message.refused, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "refused";
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    object.chunk = options.bytes === $String ? $util.base64.encode(message.chunk, 0, message.chunk.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.chunk) : message.chunk;
                    if (options.oneofs)
                        object.kind = "chunk";
                }
                return object;
            };

            /**
             * Converts this ProjectReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.ProjectReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProjectReply.prototype.toJSON = function() {
                return ProjectReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProjectReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.ProjectReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProjectReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.ProjectReply";
            };

            return ProjectReply;
        })();

        v1.ListProjectorsRequest = (function() {

            /**
             * Properties of a ListProjectorsRequest.
             * @typedef {Object} kvmesh.v1.ListProjectorsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListProjectorsRequest.
             * @memberof kvmesh.v1
             * @interface IListProjectorsRequest
             * @augments kvmesh.v1.ListProjectorsRequest.$Properties
             * @deprecated Use kvmesh.v1.ListProjectorsRequest.$Properties instead.
             */

            /**
             * Shape of a ListProjectorsRequest.
             * @typedef {kvmesh.v1.ListProjectorsRequest.$Properties} kvmesh.v1.ListProjectorsRequest.$Shape
             */

            /**
             * Constructs a new ListProjectorsRequest.
             * @memberof kvmesh.v1
             * @classdesc Represents a ListProjectorsRequest.
             * @constructor
             * @param {kvmesh.v1.ListProjectorsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListProjectorsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListProjectorsRequest instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.ListProjectorsRequest
             * @static
             * @param {kvmesh.v1.ListProjectorsRequest.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.ListProjectorsRequest} ListProjectorsRequest instance
             * @type {{
             *   (properties: kvmesh.v1.ListProjectorsRequest.$Shape): kvmesh.v1.ListProjectorsRequest & kvmesh.v1.ListProjectorsRequest.$Shape;
             *   (properties?: kvmesh.v1.ListProjectorsRequest.$Properties): kvmesh.v1.ListProjectorsRequest;
             * }}
             */
            ListProjectorsRequest.create = function(properties) {
                return new ListProjectorsRequest(properties);
            };

            /**
             * Encodes the specified ListProjectorsRequest message. Does not implicitly {@link kvmesh.v1.ListProjectorsRequest.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.ListProjectorsRequest
             * @static
             * @param {kvmesh.v1.ListProjectorsRequest.$Properties} message ListProjectorsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListProjectorsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListProjectorsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.ListProjectorsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.ListProjectorsRequest & kvmesh.v1.ListProjectorsRequest.$Shape} ListProjectorsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListProjectorsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.ListProjectorsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ListProjectorsRequest message.
             * @function verify
             * @memberof kvmesh.v1.ListProjectorsRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListProjectorsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a ListProjectorsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.ListProjectorsRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.ListProjectorsRequest} ListProjectorsRequest
             */
            ListProjectorsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.ListProjectorsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.ListProjectorsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.kvmesh.v1.ListProjectorsRequest();
            };

            /**
             * Creates a plain object from a ListProjectorsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.ListProjectorsRequest
             * @static
             * @param {kvmesh.v1.ListProjectorsRequest} message ListProjectorsRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListProjectorsRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ListProjectorsRequest to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.ListProjectorsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListProjectorsRequest.prototype.toJSON = function() {
                return ListProjectorsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListProjectorsRequest
             * @function getTypeUrl
             * @memberof kvmesh.v1.ListProjectorsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListProjectorsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.ListProjectorsRequest";
            };

            return ListProjectorsRequest;
        })();

        v1.ListProjectorsReply = (function() {

            /**
             * Properties of a ListProjectorsReply.
             * @typedef {Object} kvmesh.v1.ListProjectorsReply.$Properties
             * @property {Array.<kvmesh.v1.ProjectorInfo.$Properties>|null} [projectors] ListProjectorsReply projectors
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListProjectorsReply.
             * @memberof kvmesh.v1
             * @interface IListProjectorsReply
             * @augments kvmesh.v1.ListProjectorsReply.$Properties
             * @deprecated Use kvmesh.v1.ListProjectorsReply.$Properties instead.
             */

            /**
             * Shape of a ListProjectorsReply.
             * @typedef {kvmesh.v1.ListProjectorsReply.$Properties} kvmesh.v1.ListProjectorsReply.$Shape
             */

            /**
             * Constructs a new ListProjectorsReply.
             * @memberof kvmesh.v1
             * @classdesc Represents a ListProjectorsReply.
             * @constructor
             * @param {kvmesh.v1.ListProjectorsReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListProjectorsReply = function (properties) {
                this.projectors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListProjectorsReply projectors.
             * @member {Array.<kvmesh.v1.ProjectorInfo.$Properties>} projectors
             * @memberof kvmesh.v1.ListProjectorsReply
             * @instance
             */
            ListProjectorsReply.prototype.projectors = $util.emptyArray;

            /**
             * Creates a new ListProjectorsReply instance using the specified properties.
             * @function create
             * @memberof kvmesh.v1.ListProjectorsReply
             * @static
             * @param {kvmesh.v1.ListProjectorsReply.$Properties=} [properties] Properties to set
             * @returns {kvmesh.v1.ListProjectorsReply} ListProjectorsReply instance
             * @type {{
             *   (properties: kvmesh.v1.ListProjectorsReply.$Shape): kvmesh.v1.ListProjectorsReply & kvmesh.v1.ListProjectorsReply.$Shape;
             *   (properties?: kvmesh.v1.ListProjectorsReply.$Properties): kvmesh.v1.ListProjectorsReply;
             * }}
             */
            ListProjectorsReply.create = function(properties) {
                return new ListProjectorsReply(properties);
            };

            /**
             * Encodes the specified ListProjectorsReply message. Does not implicitly {@link kvmesh.v1.ListProjectorsReply.verify|verify} messages.
             * @function encode
             * @memberof kvmesh.v1.ListProjectorsReply
             * @static
             * @param {kvmesh.v1.ListProjectorsReply.$Properties} message ListProjectorsReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListProjectorsReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.projectors != null && message.projectors.length)
                    for (let i = 0; i < message.projectors.length; ++i)
                        $root.kvmesh.v1.ProjectorInfo.encode(message.projectors[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListProjectorsReply message from the specified reader or buffer.
             * @function decode
             * @memberof kvmesh.v1.ListProjectorsReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {kvmesh.v1.ListProjectorsReply & kvmesh.v1.ListProjectorsReply.$Shape} ListProjectorsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListProjectorsReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kvmesh.v1.ListProjectorsReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.projectors && message.projectors.length))
                                message.projectors = [];
                            message.projectors.push($root.kvmesh.v1.ProjectorInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ListProjectorsReply message.
             * @function verify
             * @memberof kvmesh.v1.ListProjectorsReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListProjectorsReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.projectors != null && $Object.hasOwnProperty.call(message, "projectors")) {
                    if (!$Array.isArray(message.projectors))
                        return "projectors: array expected";
                    for (let i = 0; i < message.projectors.length; ++i) {
                        let error = $root.kvmesh.v1.ProjectorInfo.verify(message.projectors[i], _depth + 1);
                        if (error)
                            return "projectors." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListProjectorsReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof kvmesh.v1.ListProjectorsReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {kvmesh.v1.ListProjectorsReply} ListProjectorsReply
             */
            ListProjectorsReply.fromObject = function (object, _depth) {
                if (object instanceof $root.kvmesh.v1.ListProjectorsReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".kvmesh.v1.ListProjectorsReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.kvmesh.v1.ListProjectorsReply();
                if (object.projectors) {
                    if (!$Array.isArray(object.projectors))
                        throw $TypeError(".kvmesh.v1.ListProjectorsReply.projectors: array expected");
                    message.projectors = $Array(object.projectors.length);
                    for (let i = 0; i < object.projectors.length; ++i) {
                        if (!$util.isObject(object.projectors[i]))
                            throw $TypeError(".kvmesh.v1.ListProjectorsReply.projectors: object expected");
                        message.projectors[i] = $root.kvmesh.v1.ProjectorInfo.fromObject(object.projectors[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListProjectorsReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof kvmesh.v1.ListProjectorsReply
             * @static
             * @param {kvmesh.v1.ListProjectorsReply} message ListProjectorsReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListProjectorsReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.projectors = [];
                if (message.projectors && message.projectors.length) {
                    object.projectors = $Array(message.projectors.length);
                    for (let j = 0; j < message.projectors.length; ++j)
                        object.projectors[j] = $root.kvmesh.v1.ProjectorInfo.toObject(message.projectors[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ListProjectorsReply to JSON.
             * @function toJSON
             * @memberof kvmesh.v1.ListProjectorsReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListProjectorsReply.prototype.toJSON = function() {
                return ListProjectorsReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListProjectorsReply
             * @function getTypeUrl
             * @memberof kvmesh.v1.ListProjectorsReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListProjectorsReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kvmesh.v1.ListProjectorsReply";
            };

            return ListProjectorsReply;
        })();

        return v1;
    })();

    return kvmesh;
})();

export const grpc = $root.grpc = (() => {

    /**
     * Namespace grpc.
     * @exports grpc
     * @namespace
     */
    const grpc = {};

    grpc.health = (function() {

        /**
         * Namespace health.
         * @memberof grpc
         * @namespace
         */
        const health = {};

        health.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof grpc.health
             * @namespace
             */
            const v1 = {};

            v1.HealthCheckRequest = (function() {

                /**
                 * Properties of a HealthCheckRequest.
                 * @typedef {Object} grpc.health.v1.HealthCheckRequest.$Properties
                 * @property {string|null} [service] HealthCheckRequest service
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HealthCheckRequest.
                 * @memberof grpc.health.v1
                 * @interface IHealthCheckRequest
                 * @augments grpc.health.v1.HealthCheckRequest.$Properties
                 * @deprecated Use grpc.health.v1.HealthCheckRequest.$Properties instead.
                 */

                /**
                 * Shape of a HealthCheckRequest.
                 * @typedef {grpc.health.v1.HealthCheckRequest.$Properties} grpc.health.v1.HealthCheckRequest.$Shape
                 */

                /**
                 * Constructs a new HealthCheckRequest.
                 * @memberof grpc.health.v1
                 * @classdesc Represents a HealthCheckRequest.
                 * @constructor
                 * @param {grpc.health.v1.HealthCheckRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HealthCheckRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HealthCheckRequest service.
                 * @member {string} service
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @instance
                 */
                HealthCheckRequest.prototype.service = "";

                /**
                 * Creates a new HealthCheckRequest instance using the specified properties.
                 * @function create
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {grpc.health.v1.HealthCheckRequest.$Properties=} [properties] Properties to set
                 * @returns {grpc.health.v1.HealthCheckRequest} HealthCheckRequest instance
                 * @type {{
                 *   (properties: grpc.health.v1.HealthCheckRequest.$Shape): grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape;
                 *   (properties?: grpc.health.v1.HealthCheckRequest.$Properties): grpc.health.v1.HealthCheckRequest;
                 * }}
                 */
                HealthCheckRequest.create = function(properties) {
                    return new HealthCheckRequest(properties);
                };

                /**
                 * Encodes the specified HealthCheckRequest message. Does not implicitly {@link grpc.health.v1.HealthCheckRequest.verify|verify} messages.
                 * @function encode
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {grpc.health.v1.HealthCheckRequest.$Properties} message HealthCheckRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HealthCheckRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service") && message.service !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.service);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HealthCheckRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthCheckRequest & grpc.health.v1.HealthCheckRequest.$Shape} HealthCheckRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HealthCheckRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.grpc.health.v1.HealthCheckRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.service = value;
                                else
                                    delete message.service;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a HealthCheckRequest message.
                 * @function verify
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                HealthCheckRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service"))
                        if (!$util.isString(message.service))
                            return "service: string expected";
                    return null;
                };

                /**
                 * Creates a HealthCheckRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {grpc.health.v1.HealthCheckRequest} HealthCheckRequest
                 */
                HealthCheckRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.grpc.health.v1.HealthCheckRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".grpc.health.v1.HealthCheckRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.grpc.health.v1.HealthCheckRequest();
                    if (object.service != null)
                        if (typeof object.service !== "string" || object.service.length)
                            message.service = $String(object.service);
                    return message;
                };

                /**
                 * Creates a plain object from a HealthCheckRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {grpc.health.v1.HealthCheckRequest} message HealthCheckRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HealthCheckRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.service = "";
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service"))
                        object.service = message.service;
                    return object;
                };

                /**
                 * Converts this HealthCheckRequest to JSON.
                 * @function toJSON
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HealthCheckRequest.prototype.toJSON = function() {
                    return HealthCheckRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for HealthCheckRequest
                 * @function getTypeUrl
                 * @memberof grpc.health.v1.HealthCheckRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HealthCheckRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/grpc.health.v1.HealthCheckRequest";
                };

                return HealthCheckRequest;
            })();

            v1.HealthCheckResponse = (function() {

                /**
                 * Properties of a HealthCheckResponse.
                 * @typedef {Object} grpc.health.v1.HealthCheckResponse.$Properties
                 * @property {grpc.health.v1.HealthCheckResponse.ServingStatus|null} [status] HealthCheckResponse status
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HealthCheckResponse.
                 * @memberof grpc.health.v1
                 * @interface IHealthCheckResponse
                 * @augments grpc.health.v1.HealthCheckResponse.$Properties
                 * @deprecated Use grpc.health.v1.HealthCheckResponse.$Properties instead.
                 */

                /**
                 * Shape of a HealthCheckResponse.
                 * @typedef {grpc.health.v1.HealthCheckResponse.$Properties} grpc.health.v1.HealthCheckResponse.$Shape
                 */

                /**
                 * Constructs a new HealthCheckResponse.
                 * @memberof grpc.health.v1
                 * @classdesc Represents a HealthCheckResponse.
                 * @constructor
                 * @param {grpc.health.v1.HealthCheckResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HealthCheckResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HealthCheckResponse status.
                 * @member {grpc.health.v1.HealthCheckResponse.ServingStatus} status
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @instance
                 */
                HealthCheckResponse.prototype.status = 0;

                /**
                 * Creates a new HealthCheckResponse instance using the specified properties.
                 * @function create
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {grpc.health.v1.HealthCheckResponse.$Properties=} [properties] Properties to set
                 * @returns {grpc.health.v1.HealthCheckResponse} HealthCheckResponse instance
                 * @type {{
                 *   (properties: grpc.health.v1.HealthCheckResponse.$Shape): grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape;
                 *   (properties?: grpc.health.v1.HealthCheckResponse.$Properties): grpc.health.v1.HealthCheckResponse;
                 * }}
                 */
                HealthCheckResponse.create = function(properties) {
                    return new HealthCheckResponse(properties);
                };

                /**
                 * Encodes the specified HealthCheckResponse message. Does not implicitly {@link grpc.health.v1.HealthCheckResponse.verify|verify} messages.
                 * @function encode
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {grpc.health.v1.HealthCheckResponse.$Properties} message HealthCheckResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HealthCheckResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HealthCheckResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {grpc.health.v1.HealthCheckResponse & grpc.health.v1.HealthCheckResponse.$Shape} HealthCheckResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HealthCheckResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.grpc.health.v1.HealthCheckResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a HealthCheckResponse message.
                 * @function verify
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                HealthCheckResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                            return "status: enum value expected";
                    return null;
                };

                /**
                 * Creates a HealthCheckResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {grpc.health.v1.HealthCheckResponse} HealthCheckResponse
                 */
                HealthCheckResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.grpc.health.v1.HealthCheckResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".grpc.health.v1.HealthCheckResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.grpc.health.v1.HealthCheckResponse();
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.grpc.health.v1.HealthCheckResponse.ServingStatus[object.status] !== 0))
                        switch (object.status) {
                        case "UNKNOWN":
                        case 0:
                            message.status = 0;
                            break;
                        case "SERVING":
                        case 1:
                            message.status = 1;
                            break;
                        case "NOT_SERVING":
                        case 2:
                            message.status = 2;
                            break;
                        case "SERVICE_UNKNOWN":
                        case 3:
                            message.status = 3;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    return message;
                };

                /**
                 * Creates a plain object from a HealthCheckResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {grpc.health.v1.HealthCheckResponse} message HealthCheckResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HealthCheckResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.status = options.enums === $String ? "UNKNOWN" : 0;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.grpc.health.v1.HealthCheckResponse.ServingStatus[message.status] === $undefined ? message.status : $root.grpc.health.v1.HealthCheckResponse.ServingStatus[message.status] : message.status;
                    return object;
                };

                /**
                 * Converts this HealthCheckResponse to JSON.
                 * @function toJSON
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HealthCheckResponse.prototype.toJSON = function() {
                    return HealthCheckResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for HealthCheckResponse
                 * @function getTypeUrl
                 * @memberof grpc.health.v1.HealthCheckResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HealthCheckResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/grpc.health.v1.HealthCheckResponse";
                };

                /**
                 * ServingStatus enum.
                 * @name grpc.health.v1.HealthCheckResponse.ServingStatus
                 * @enum {number}
                 * @property {number} UNKNOWN=0 UNKNOWN value
                 * @property {number} SERVING=1 SERVING value
                 * @property {number} NOT_SERVING=2 NOT_SERVING value
                 * @property {number} SERVICE_UNKNOWN=3 SERVICE_UNKNOWN value
                 */
                HealthCheckResponse.ServingStatus = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "UNKNOWN"] = 0;
                    values[valuesById[1] = "SERVING"] = 1;
                    values[valuesById[2] = "NOT_SERVING"] = 2;
                    values[valuesById[3] = "SERVICE_UNKNOWN"] = 3;
                    return values;
                })();

                return HealthCheckResponse;
            })();

            return v1;
        })();

        return health;
    })();

    return grpc;
})();

export {
  $root as default
};
