#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 14807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(76612);
    const parser_1 = __nccwpck_require__(95152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 76612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(78525);
    const string_intern_1 = __nccwpck_require__(54579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 95152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(78525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 78525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 54579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 99547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(76612);
    const edit = __nccwpck_require__(14807);
    const scanner = __nccwpck_require__(78525);
    const parser = __nccwpck_require__(95152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 89379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(70356)
const { safeRe: re, t } = __nccwpck_require__(95471)
const cmp = __nccwpck_require__(28646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)


/***/ }),

/***/ 96782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(61383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(70356)
const Comparator = __nccwpck_require__(89379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(69737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(95471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(45101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(45101)
const { safeRe: re, t } = __nccwpck_require__(95471)

const parseOptions = __nccwpck_require__(70356)
const { compareIdentifiers } = __nccwpck_require__(73348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 28646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(55082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(16599)
const gte = __nccwpck_require__(41236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(56717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 35385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(16353)
const { safeRe: re, t } = __nccwpck_require__(95471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 37648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 56874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 78469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 70711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 55082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 16599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 41236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 62338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 56717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 68511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 32603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 16353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 48756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 15714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 32173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 87192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(37648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 68011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 29872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(37648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 16114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const constants = __nccwpck_require__(45101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 58780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 62088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(95471)
const constants = __nccwpck_require__(45101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(73348)
const parse = __nccwpck_require__(16353)
const valid = __nccwpck_require__(58780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(62338)
const diff = __nccwpck_require__(70711)
const major = __nccwpck_require__(68511)
const minor = __nccwpck_require__(32603)
const patch = __nccwpck_require__(48756)
const prerelease = __nccwpck_require__(15714)
const compare = __nccwpck_require__(78469)
const rcompare = __nccwpck_require__(32173)
const compareLoose = __nccwpck_require__(56874)
const compareBuild = __nccwpck_require__(37648)
const sort = __nccwpck_require__(29872)
const rsort = __nccwpck_require__(87192)
const gt = __nccwpck_require__(16599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(55082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(41236)
const lte = __nccwpck_require__(56717)
const cmp = __nccwpck_require__(28646)
const coerce = __nccwpck_require__(35385)
const truncate = __nccwpck_require__(16114)
const Comparator = __nccwpck_require__(89379)
const Range = __nccwpck_require__(96782)
const satisfies = __nccwpck_require__(68011)
const toComparators = __nccwpck_require__(54750)
const maxSatisfying = __nccwpck_require__(73193)
const minSatisfying = __nccwpck_require__(68595)
const minVersion = __nccwpck_require__(51866)
const validRange = __nccwpck_require__(64737)
const outside = __nccwpck_require__(10280)
const gtr = __nccwpck_require__(12276)
const ltr = __nccwpck_require__(15213)
const intersects = __nccwpck_require__(23465)
const simplifyRange = __nccwpck_require__(82028)
const subset = __nccwpck_require__(61489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 45101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 73348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 61383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 70356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 95471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(45101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 69737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(45101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 12276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(10280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 23465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 15213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(10280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 73193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 68595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 51866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)
const gt = __nccwpck_require__(16599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 10280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(89379)
const { ANY } = Comparator
const Range = __nccwpck_require__(96782)
const satisfies = __nccwpck_require__(68011)
const gt = __nccwpck_require__(16599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(56717)
const gte = __nccwpck_require__(41236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 82028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(68011)
const compare = __nccwpck_require__(78469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 61489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const Comparator = __nccwpck_require__(89379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(68011)
const compare = __nccwpck_require__(78469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 54750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 64737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ ConfigurationError),
/* harmony export */   p: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/**
 * An error caused by the user's input or repository state (not a bug in this action).
 * Its message says what is wrong and what to do about it.
 */
class ConfigurationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigurationError';
    }
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}


/***/ }),

/***/ 36337:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ke: () => (/* binding */ result),
/* harmony export */   TN: () => (/* binding */ GATE_ALIASES),
/* harmony export */   rn: () => (/* binding */ GATE_NAMES)
/* harmony export */ });
const GATE_NAMES = [
    'clean_tree', 'up_to_date', 'tests_pass', 'coverage', 'security_scan_clean', 'docs_updated', 'performance_regression', 'approvals'
];
/** The reference design's names for the same gates. */
const GATE_ALIASES = {
    all_tests_pass: 'tests_pass',
    performance_regression_check: 'performance_regression',
    documentation_updated: 'docs_updated',
    security_scan: 'security_scan_clean'
};
function result(gate, status, reason, details = [], annotations = []) {
    return { gate, status, reason, details, annotations };
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 22876:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ exec),
  H: () => (/* binding */ getExecOutput)
});

// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(13193);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(70857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(24434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(16928);
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(42613);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(79896);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __nccwpck_require__(62088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(node_modules_semver);
// EXTERNAL MODULE: ./src/core/gates/types.ts
var types = __nccwpck_require__(36337);
;// CONCATENATED MODULE: ./src/core/checksums.ts
/** `sha256sum` format: one "<hex>  <name>" line a file, sorted by name. */
function sha256sums(entries) {
    return [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map(entry => `${entry.sha256}  ${entry.name}\n`).join('');
}
/** What slsa-github-generator's generic generator takes as base64-subjects: the sums file, base64. */
function base64Subjects(sums) {
    return Buffer.from(sums, 'utf8').toString('base64');
}
const CONTENT_TYPES = [
    [/\.whl$/, 'application/zip'],
    [/\.zip$/, 'application/zip'],
    [/\.(tar\.gz|tgz)$/, 'application/gzip'],
    [/\.json$/, 'application/json'],
    [/\.(txt|md)$|SHA256SUMS$/, 'text/plain'],
    [/\.(sig|pem|crt)$/, 'application/octet-stream'],
    [/\.intoto\.jsonl$/, 'application/json']
];
function contentType(name) {
    return CONTENT_TYPES.find(([pattern]) => pattern.test(name))?.[1] ?? 'application/octet-stream';
}
/** The reference design's release assets, for a version. */
const DEFAULT_EXPECTED_ASSETS = [
    'fast-vlm-ondevice-{version}.tar.gz',
    'fast_vlm_ondevice-{version}-py3-none-any.whl',
    'FastVLMKit-{version}.zip',
    'models-{version}.zip',
    'benchmarks-{version}.json',
    'SBOM-{version}.json'
];
function expectedAssetNames(patterns, version) {
    return patterns.map(pattern => pattern.replace(/\{version\}/g, version));
}

;// CONCATENATED MODULE: ./src/core/settings.ts




/** The defaults, as action.yml declares them (a test keeps the two equal). */
const DEFAULTS = {
    mode: 'release',
    bump: 'auto',
    dry_run: 'false',
    severity: '',
    gates: '',
    tag_prefix: 'v',
    initial_version: '1.0.0',
    prerelease: '',
    version_files: '',
    changelog_file: 'CHANGELOG.md',
    release_notes_file: 'release-notes.md',
    package_name: '',
    push: 'false',
    bump_minor_pre_major: 'false',
    allow_features: 'false',
    version: '',
    reason: '',
    force: 'false',
    rollback_record: 'docs/ROLLBACKS.md',
    docker_image: '',
    gates_config: '',
    base_branch: '',
    create_release: 'false',
    release_title: 'Release {tag}',
    draft: 'false',
    make_latest: 'auto',
    assets: '',
    expected_assets: DEFAULT_EXPECTED_ASSETS.join('\n'),
    require_assets: 'false',
    release_dir: 'dist',
    sbom: 'true',
    upload_artifact: 'false',
    metrics_window: '90',
    datadog_api_key: '',
    datadog_site: 'datadoghq.com',
    datadog_api_url: '',
    datadog_strict: 'false',
    slack_webhook_url: '',
    slack_on_failure: 'false',
    jira_base_url: '',
    jira_user: '',
    jira_token: '',
    jira_projects: '',
    jira_version_name: '{tag}',
    jira_transition: 'Released',
    jira_strict: 'false'
};
function choice(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    const shown = allowed.map(a => (a === '' ? '(empty)' : a)).join(', ');
    throw new core_errors/* ConfigurationError */.j(`Input ${name} has the invalid value "${value}". Allowed values: ${shown}.`);
}
function bool(name, value) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new core_errors/* ConfigurationError */.j(`Input ${name} has the invalid value "${value}". Allowed values: true, false.`);
}
function relativePath(name, value) {
    const normalized = value.replace(/\\/g, '/').replace(/^\.\//, '');
    if (normalized.startsWith('/') || normalized.split('/').includes('..') || /^[A-Za-z]:/.test(normalized)) {
        throw new core_errors/* ConfigurationError */.j(`Input ${name} has the invalid value "${value}". Use a path relative to the repository root, inside it.`);
    }
    return normalized;
}
function metricsWindow(value) {
    const days = Number(value);
    if (!/^\d+$/.test(value) || days < 1 || days > 3650) {
        throw new core_errors/* ConfigurationError */.j(`Input metrics_window has the invalid value "${value}". Use a whole number of days from 1 to 3650, such as 90.`);
    }
    return days;
}
function datadogSite(value) {
    if (!/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/.test(value))
        throw new core_errors/* ConfigurationError */.j(`Input datadog_site has the invalid value "${value}". Use a Datadog site such as datadoghq.com or datadoghq.eu.`);
    return value;
}
/** An https URL (http only for 127.0.0.1/localhost, for local testing); the value is not echoed (it may hold a secret). */
function serviceUrl(name, value) {
    if (value === '')
        return '';
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new core_errors/* ConfigurationError */.j(`Input ${name} is not a URL. Use an https:// URL.`);
    }
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
        throw new core_errors/* ConfigurationError */.j(`Input ${name} must be an https:// URL (http:// is allowed only for 127.0.0.1).`);
    }
    return value.replace(/\/+$/, '');
}
function jiraProjects(value) {
    const keys = value.split(/[\s,]+/).filter(Boolean);
    for (const key of keys) {
        if (!/^[A-Z][A-Z0-9_]{1,9}$/.test(key))
            throw new core_errors/* ConfigurationError */.j(`Input jira_projects has the invalid project key "${key}". Use JIRA project keys such as FVLM, comma-separated.`);
    }
    return keys;
}
function validBranch(value) {
    if (value !== '' && (/[\s~^:?*[\\]|\.\.|@\{/.test(value) || value.startsWith('-') || value.endsWith('/') || value.endsWith('.lock'))) {
        throw new core_errors/* ConfigurationError */.j(`Input base_branch has the invalid value "${value}". Use a branch name such as main.`);
    }
    return value;
}
function parseSettings(read) {
    const get = (name) => (read(name) ?? DEFAULTS[name] ?? '').trim();
    const mode = choice('mode', get('mode'), ['release', 'hotfix', 'rollback', 'publish', 'metrics']);
    const bump = choice('bump', get('bump'), ['auto', 'patch', 'minor', 'major']);
    const dryRun = bool('dry_run', get('dry_run'));
    const severity = choice('severity', get('severity'), ['', 'critical', 'high', 'medium']);
    const gatesRaw = get('gates');
    let gates = null;
    if (gatesRaw === 'none')
        gates = [];
    else if (gatesRaw !== '') {
        gates = gatesRaw.split(',').map(g => g.trim()).filter(Boolean);
        for (const gate of gates) {
            if (!types/* GATE_NAMES */.rn.includes(gate) && !(gate in types/* GATE_ALIASES */.TN)) {
                throw new core_errors/* ConfigurationError */.j(`Input gates has the invalid value "${gate}". Known gates: ${types/* GATE_NAMES */.rn.join(', ')}; or none.`);
            }
        }
    }
    const tagPrefix = get('tag_prefix');
    if (/[\s~^:?*[\\]|\.\.|@\{/.test(tagPrefix) || tagPrefix.startsWith('-') || tagPrefix.startsWith('/')) {
        throw new core_errors/* ConfigurationError */.j(`Input tag_prefix has the invalid value "${tagPrefix}". A tag prefix must be valid in a git tag name, such as v or release-.`);
    }
    const initialVersion = get('initial_version');
    if (semver_default().valid(initialVersion) !== initialVersion || semver_default().prerelease(initialVersion)) {
        throw new core_errors/* ConfigurationError */.j(`Input initial_version has the invalid value "${initialVersion}". Use a stable semantic version without prefix, such as 1.0.0 or 0.1.0.`);
    }
    const prerelease = get('prerelease');
    if (prerelease !== '' && !/^[A-Za-z][0-9A-Za-z-]*$/.test(prerelease)) {
        throw new core_errors/* ConfigurationError */.j(`Input prerelease has the invalid value "${prerelease}". Use empty, or an identifier of letters, digits and hyphens that starts with a letter, such as rc, beta or alpha.`);
    }
    const versionFiles = get('version_files').split(/[\n,]/).map(f => f.trim()).filter(Boolean).map(f => relativePath('version_files', f));
    const changelogRaw = get('changelog_file');
    const changelogFile = changelogRaw === '' ? null : relativePath('changelog_file', changelogRaw);
    const notesRaw = get('release_notes_file');
    if (notesRaw === '')
        throw new core_errors/* ConfigurationError */.j('Input release_notes_file is empty. Name the file the release notes are written to, such as release-notes.md.');
    const releaseNotesFile = relativePath('release_notes_file', notesRaw);
    const packageName = get('package_name');
    if (packageName !== '' && !/^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(packageName)) {
        throw new core_errors/* ConfigurationError */.j(`Input package_name has the invalid value "${packageName}". Use a Python distribution name, such as fast-vlm-ondevice.`);
    }
    let version = get('version').replace(/^v(?=\d)/, '');
    if (mode === 'publish' && version !== '' && semver_default().valid(version) !== version) {
        throw new core_errors/* ConfigurationError */.j(`Input version has the invalid value "${get('version')}". Use the released version to publish, such as 1.3.0, or leave it empty for the release tag at HEAD.`);
    }
    else if (mode === 'publish') {
        // kept: the version to publish ('' for the tag at HEAD)
    }
    else if (mode === 'rollback') {
        if (version === '')
            throw new core_errors/* ConfigurationError */.j('mode: rollback needs the version input: the version to roll back, such as 1.3.0.');
        if (semver_default().valid(version) !== version) {
            throw new core_errors/* ConfigurationError */.j(`Input version has the invalid value "${get('version')}". Use the semantic version to roll back, such as 1.3.0.`);
        }
    }
    else {
        version = '';
    }
    const dockerImage = get('docker_image');
    if (dockerImage !== '' && !/^[a-z0-9]+(?:[._/-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/.test(dockerImage)) {
        throw new core_errors/* ConfigurationError */.j(`Input docker_image has the invalid value "${dockerImage}". Use an image name without tag, such as fastvlm/ondevice-kit.`);
    }
    return {
        mode,
        bump,
        dryRun,
        severity,
        gates,
        tagPrefix,
        initialVersion,
        prerelease,
        versionFiles,
        changelogFile,
        releaseNotesFile,
        packageName,
        push: bool('push', get('push')),
        githubToken: read('github_token') ?? '',
        bumpMinorPreMajor: bool('bump_minor_pre_major', get('bump_minor_pre_major')),
        allowFeatures: bool('allow_features', get('allow_features')),
        version,
        reason: get('reason'),
        force: bool('force', get('force')),
        rollbackRecord: relativePath('rollback_record', get('rollback_record') || DEFAULTS.rollback_record),
        dockerImage,
        gatesConfig: get('gates_config') === '' ? '' : relativePath('gates_config', get('gates_config')),
        baseBranch: validBranch(get('base_branch')),
        createRelease: bool('create_release', get('create_release')),
        releaseTitle: get('release_title') || DEFAULTS.release_title,
        draft: bool('draft', get('draft')),
        makeLatest: choice('make_latest', get('make_latest'), ['auto', 'true', 'false', 'legacy']),
        assets: get('assets').split('\n').map(line => line.trim()).filter(Boolean),
        expectedAssets: get('expected_assets').split(/[\n,]/).map(line => line.trim()).filter(Boolean),
        requireAssets: bool('require_assets', get('require_assets')),
        releaseDir: relativePath('release_dir', get('release_dir') || DEFAULTS.release_dir),
        sbom: bool('sbom', get('sbom')),
        uploadArtifact: bool('upload_artifact', get('upload_artifact')),
        metricsWindow: metricsWindow(get('metrics_window')),
        datadogApiKey: read('datadog_api_key') ?? '',
        datadogSite: datadogSite(get('datadog_site')),
        datadogApiUrl: serviceUrl('datadog_api_url', get('datadog_api_url')),
        datadogStrict: bool('datadog_strict', get('datadog_strict')),
        slackWebhookUrl: serviceUrl('slack_webhook_url', read('slack_webhook_url')?.trim() ?? ''),
        slackOnFailure: bool('slack_on_failure', get('slack_on_failure')),
        jiraBaseUrl: serviceUrl('jira_base_url', get('jira_base_url')),
        jiraUser: get('jira_user'),
        jiraToken: read('jira_token') ?? '',
        jiraProjects: jiraProjects(get('jira_projects')),
        jiraVersionName: get('jira_version_name') || DEFAULTS.jira_version_name,
        jiraTransition: get('jira_transition'),
        jiraStrict: bool('jira_strict', get('jira_strict'))
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./src/adapters/files.ts


class LocalFiles {
    root;
    constructor(root) {
        this.root = root;
    }
    absolute(file) {
        return external_node_path_.resolve(this.root, file);
    }
    read(file) {
        const full = this.absolute(file);
        return (0,external_node_fs_.existsSync)(full) && (0,external_node_fs_.statSync)(full).isFile() ? (0,external_node_fs_.readFileSync)(full, 'utf8') : null;
    }
    bytes(file) {
        const full = this.absolute(file);
        return (0,external_node_fs_.existsSync)(full) && (0,external_node_fs_.statSync)(full).isFile() ? (0,external_node_fs_.readFileSync)(full) : null;
    }
    write(file, text) {
        const full = this.absolute(file);
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(full), { recursive: true });
        (0,external_node_fs_.writeFileSync)(full, text);
    }
    remove(file) {
        (0,external_node_fs_.rmSync)(this.absolute(file), { force: true });
    }
    async glob(pattern) {
        const { glob } = await __nccwpck_require__.e(/* import() */ 382).then(__nccwpck_require__.bind(__nccwpck_require__, 73382));
        return (await glob(pattern, { cwd: this.root, dot: true, onlyFiles: true, ignore: ['**/node_modules/**', '.git/**'] })).sort();
    }
    list(dir) {
        const full = this.absolute(dir);
        if (!(0,external_node_fs_.existsSync)(full) || !(0,external_node_fs_.statSync)(full).isDirectory())
            return [];
        return (0,external_node_fs_.readdirSync)(full, { withFileTypes: true }).map(entry => ({ name: entry.name, directory: entry.isDirectory() }));
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 5 modules
var exec = __nccwpck_require__(22876);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __nccwpck_require__(46193);
;// CONCATENATED MODULE: ./src/core/gitlog.ts
/**
 * The `git log` format this project reads: fields separated by US (0x1f), records by NUL
 * (`-z`). The message comes last, so a stray US inside it does no harm. `%m` marks boundary
 * commits of `--boundary` with `-`.
 */
const LOG_FORMAT = '%m%H%x1f%P%x1f%ct%x1f%an%x1f%B';
function parseLogRecord(record) {
    const a = record.indexOf('\x1f');
    const b = record.indexOf('\x1f', a + 1);
    const c = record.indexOf('\x1f', b + 1);
    const d = record.indexOf('\x1f', c + 1);
    if (a < 0 || b < 0 || c < 0 || d < 0)
        return null;
    let start = 0;
    while (record.charCodeAt(start) === 10)
        start++;
    const boundary = record.charCodeAt(start) === 45; /* - */
    const parents = record.slice(a + 1, b);
    return {
        sha: record.slice(start + 1, a),
        boundary,
        parents: parents ? parents.split(' ') : [],
        time: Number(record.slice(b + 1, c)),
        author: record.slice(c + 1, d),
        message: record.slice(d + 1)
    };
}
/** Splits streamed `git log -z` output into commits as the chunks arrive. */
class LogStreamParser {
    onCommit;
    rest = '';
    constructor(onCommit) {
        this.onCommit = onCommit;
    }
    push(chunk) {
        let text = this.rest + chunk;
        let start = 0;
        for (let end = text.indexOf('\0'); end >= 0; end = text.indexOf('\0', start)) {
            this.emit(text.slice(start, end));
            start = end + 1;
        }
        text = text.slice(start);
        this.rest = text;
    }
    end() {
        if (this.rest.length > 0)
            this.emit(this.rest);
        this.rest = '';
    }
    emit(record) {
        const commit = parseLogRecord(record);
        if (commit)
            this.onCommit(commit);
    }
}

;// CONCATENATED MODULE: ./src/adapters/git.ts



const BOT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com'
};
class GitError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        super(`git ${args[0]} failed (exit ${exitCode}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/** git through @actions/exec, argument arrays only: no shell ever sees a value. */
class ExecGit {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    async run(args, options = {}) {
        const result = await exec/* getExecOutput */.H('git', args, {
            cwd: this.cwd,
            silent: true,
            ignoreReturnCode: true,
            input: options.input === undefined ? undefined : Buffer.from(options.input),
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }
        });
        if (result.exitCode !== 0 && !options.allowFailure)
            throw new GitError(args, result.exitCode, result.stderr);
        return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    }
    async isRepository() {
        return (await this.run(['rev-parse', '--is-inside-work-tree'], { allowFailure: true })).stdout.trim() === 'true';
    }
    async isShallow() {
        return (await this.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    }
    async head() {
        const result = await this.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFailure: true });
        return result.code === 0 ? result.stdout.trim() : null;
    }
    async branch() {
        const result = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
        return result.code === 0 ? result.stdout.trim() : null;
    }
    async tags(prefix, mergedInto) {
        const args = ['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)'];
        if (mergedInto)
            args.push(`--merged=${mergedInto}`);
        args.push(`refs/tags/${prefix}*`);
        const { stdout } = await this.run(args);
        const tags = [];
        for (const line of stdout.split('\n')) {
            if (!line)
                continue;
            const [name, object, peeled] = line.split('\0');
            tags.push({ name, sha: peeled || object });
        }
        return tags;
    }
    async tagMessage(name) {
        return (await this.run(['for-each-ref', '--format=%(contents)', `refs/tags/${name}`])).stdout;
    }
    async log(exclude, onCommit) {
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        const boundary = new Set();
        const parser = new LogStreamParser(commit => (commit.boundary ? boundary.add(commit.sha) : onCommit(commit)));
        let stderr = '';
        const args = exclude
            ? ['log', '-z', '--boundary', `--format=${LOG_FORMAT}`, `${exclude}..HEAD`, '--']
            : ['log', '-z', `--format=${LOG_FORMAT}`, 'HEAD', '--'];
        const code = await exec/* exec */.m('git', args, {
            cwd: this.cwd,
            silent: true,
            ignoreReturnCode: true,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
            listeners: {
                stdout: (data) => parser.push(decoder.write(data)),
                stderr: (data) => {
                    if (stderr.length < 10_000)
                        stderr += data.toString();
                }
            }
        });
        parser.push(decoder.end());
        parser.end();
        if (code !== 0)
            throw new GitError(args, code, stderr);
        return boundary;
    }
    async subject(rev) {
        return (await this.run(['log', '-1', '--format=%s', rev, '--'])).stdout.trim();
    }
    async remoteUrl(remote) {
        const result = await this.run(['remote', 'get-url', remote], { allowFailure: true });
        return result.code === 0 ? result.stdout.trim() : null;
    }
    async remoteHasTag(remote, tag) {
        const result = await this.run(['ls-remote', '--tags', remote, `refs/tags/${tag}`]);
        return result.stdout.trim() !== '';
    }
    async configuredIdentity() {
        const name = (await this.run(['config', 'user.name'], { allowFailure: true })).stdout.trim();
        const email = (await this.run(['config', 'user.email'], { allowFailure: true })).stdout.trim();
        return name && email ? { name, email } : null;
    }
    identityArgs(identity) {
        return identity ? ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`] : [];
    }
    async add(paths) {
        if (paths.length > 0)
            await this.run(['add', '--', ...paths]);
    }
    async unstage(paths) {
        if (paths.length > 0)
            await this.run(['reset', '-q', 'HEAD', '--', ...paths], { allowFailure: true });
    }
    async commit(message, identity, paths) {
        await this.run([...this.identityArgs(identity), 'commit', '--no-verify', '-F', '-', '--only', '--', ...paths], { input: message });
        return (await this.head()) ?? '';
    }
    async tag(name, message, identity) {
        await this.run([...this.identityArgs(identity), 'tag', '-a', name, '-F', '-', '--cleanup=verbatim'], { input: message });
    }
    async deleteTag(name) {
        await this.run(['tag', '-d', name]);
    }
    async resetKeep(sha) {
        await this.run(['reset', '--keep', sha]);
    }
    async pushAtomic(remote, refspecs) {
        await this.run(['push', '--atomic', '--porcelain', remote, ...refspecs]);
    }
    async changedPaths() {
        const { stdout } = await this.run(['status', '--porcelain=v1', '-z', '--untracked-files=all']);
        const paths = [];
        const entries = stdout.split('\0');
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            if (entry.length < 4)
                continue;
            paths.push(entry.slice(3));
            if (entry[0] === 'R' || entry[0] === 'C')
                i++; // the source path of a rename follows
        }
        return paths;
    }
    async remoteBranch(remote, branch) {
        const { stdout } = await this.run(['ls-remote', '--heads', remote, `refs/heads/${branch}`]);
        return stdout.trim().split(/\s+/)[0] || null;
    }
    async fetchObjects(remote, branch) {
        await this.run(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--refmap=', remote, `refs/heads/${branch}`]);
    }
    async hasCommit(sha) {
        return (await this.run(['cat-file', '-e', `${sha}^{commit}`], { allowFailure: true })).code === 0;
    }
    async countMissing(from, to) {
        return Number((await this.run(['rev-list', '--count', `${from}..${to}`])).stdout.trim());
    }
    async diffNames(from, to) {
        const { stdout } = await this.run(['diff', '--name-only', '-z', from, to, '--']);
        return stdout.split('\0').filter(Boolean);
    }
    async show(rev, path) {
        const result = await this.run(['show', `${rev}:${path}`], { allowFailure: true });
        return result.code === 0 ? result.stdout : null;
    }
    async tagDetails(prefix) {
        const format = '%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:unix)%00%(contents)%1e';
        const { stdout } = await this.run(['for-each-ref', `--format=${format}`, `refs/tags/${prefix}*`]);
        return stdout.split('\x1e').map(record => record.replace(/^\n/, '')).filter(Boolean).map(record => {
            const [name, object, peeled, time, message] = record.split('\0');
            return { name, sha: peeled || object, time: Number(time), message: message ?? '' };
        });
    }
    async commitTimes(range) {
        const { stdout } = await this.run(['log', '--format=%ct', range, '--']);
        return stdout.split('\n').filter(Boolean).map(Number);
    }
    async messages(range) {
        const { stdout } = await this.run(['log', '-z', '--format=%B', range, '--']);
        return stdout.split('\0').filter(message => message.trim() !== '');
    }
    async deleteRemoteTag(remote, tag) {
        await this.run(['push', '--porcelain', remote, `:refs/tags/${tag}`]);
    }
}

;// CONCATENATED MODULE: ./src/adapters/logger.ts
/** A logger that prints to stderr (the CLI), keeping stdout for results. */
const stderrLogger = {
    info: message => process.stderr.write(`${message}\n`),
    warning: message => process.stderr.write(`warning: ${message}\n`),
    group: async (name, fn) => {
        process.stderr.write(`» ${name}\n`);
        return fn();
    }
};
const silentLogger = {
    info: () => undefined,
    warning: () => undefined,
    group: async (_name, fn) => fn()
};

;// CONCATENATED MODULE: ./src/core/summary.ts

/** GitHub refuses job summaries over 1 MiB; stay well below. */
const SUMMARY_LIMIT = (/* unused pure expression or super */ null && (900 * 1024));
const DRIVER_ROWS = 50;
/** Cuts text at a line boundary below `limit` bytes, closing an open code fence. */
function truncateMarkdown(text, limit, note) {
    if (Buffer.byteLength(text) <= limit)
        return text;
    let cut = text.slice(0, limit);
    while (Buffer.byteLength(cut) > limit)
        cut = cut.slice(0, Math.floor(cut.length * 0.9));
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    const fences = (cut.match(/^\s*(```|~~~)/gm) ?? []).length;
    return `${cut}${fences % 2 === 1 ? '\n```' : ''}\n\n${note}\n`;
}
const STATUS_ICON = { pass: '✅ pass', fail: '❌ fail', skipped: '⏭️ skipped' };
/** The gates table, the skipped-gates note and the rollback triggers. */
function renderGates(report) {
    const lines = [`### Release gates${report.configFile ? ` (${report.configFile})` : ''}`, ''];
    if (report.results.length === 0)
        lines.push('No gates ran (gates: none).');
    else {
        lines.push('| Gate | Result | Why |', '| --- | --- | --- |');
        for (const gate of report.results)
            lines.push(`| ${gate.gate} | ${STATUS_ICON[gate.status]} | ${sanitizeCell(gate.reason)} |`);
        for (const gate of report.results.filter(g => g.status === 'fail' && g.details.length > 0)) {
            lines.push('', `<details><summary>${gate.gate}: details</summary>`, '', '```', ...gate.details.map(d => d.replace(/```/g, "'''")), '```', '', '</details>');
        }
    }
    if (report.skipSlowTests) {
        const skipped = report.results.filter(g => g.status === 'skipped' && /severity: critical/.test(g.reason)).map(g => g.gate);
        lines.push('', `> severity: critical — slow gates skipped${skipped.length > 0 ? ` (${skipped.join(', ')})` : ''}; SKIP_SLOW_TESTS=true is set for later steps.`);
    }
    if (report.rollbackTriggers.length > 0) {
        lines.push('', `Automatic rollback triggers (watched after the release): ${report.rollbackTriggers.map(t => `${t.name} ${t.condition}`).join(', ')}.`);
    }
    return lines.join('\n');
}
function renderSummary(input) {
    const { plan } = input;
    const lines = [];
    if (input.stoppedByGates)
        lines.push('> [!CAUTION]', '> **Stopped by the release gates**: nothing was changed. Fix what failed below and run again.', '');
    else if (input.dryRun)
        lines.push('> [!NOTE]', '> **Dry run**: nothing was changed in the repository. This is the release that would be made.', '');
    if (plan.released && plan.hotfix) {
        lines.push(`## 🚑 ${input.dryRun ? 'Would release hotfix' : 'Hotfix'} ${plan.tag} (severity: ${input.severity}, patch of ${plan.previousTag})`, '');
    }
    else if (plan.released) {
        const from = plan.previousTag ? ` (from ${plan.previousTag}, ${plan.bump})` : ' (first release)';
        lines.push(`## 🚀 ${input.dryRun || input.stoppedByGates ? 'Would release' : 'Released'} ${plan.tag}${from}`, '');
    }
    else {
        lines.push('## No release', '', `No new version: ${plan.reason}.`, '');
    }
    if (input.resumed)
        lines.push(`${plan.tag} was already tagged at HEAD by an earlier run; this run completed it.`, '');
    lines.push(`**Why:** ${sanitizeCell(plan.reason)}`, '');
    const facts = [
        `- Commits read: ${plan.commitCount}`,
        `- Severity: ${input.severity || 'not set'}`
    ];
    if (input.commitSha)
        facts.push(`- Release commit: \`${input.commitSha}\`${input.pushed ? ', pushed with its tag' : ', not pushed (push: false)'}`);
    lines.push(...facts, '');
    if (input.gates)
        lines.push(renderGates(input.gates), '');
    const drivers = plan.decision.drivers;
    if (drivers.length > 0) {
        lines.push('### Commits that drove the version', '', '| Commit | Effect | Type | Scope | Subject |', '| --- | --- | --- | --- | --- |');
        for (const driver of drivers.slice(0, DRIVER_ROWS)) {
            const { change } = driver;
            lines.push(`| \`${change.sha.slice(0, 7)}\` | ${driver.level} (${driver.why}) | ${sanitizeCell(change.type ?? '')} | ${sanitizeCell(change.scope ?? '')} | ${sanitizeCell(change.subject)} |`);
        }
        if (drivers.length > DRIVER_ROWS)
            lines.push('', `…and ${drivers.length - DRIVER_ROWS} more.`);
        lines.push('');
    }
    let text = lines.join('\n');
    if (plan.released) {
        const room = SUMMARY_LIMIT - Buffer.byteLength(text) - 200;
        text += `\n### Release notes\n\n${truncateMarkdown(plan.notes, room, `_Notes cut here to fit the job summary; the whole text is in ${input.notesFile}._`)}`;
    }
    return text;
}
function renderRollbackSummary(input) {
    const lines = [];
    if (input.dryRun)
        lines.push('> [!NOTE]', '> **Dry run**: nothing was changed. These are the steps a rollback would take.', '');
    lines.push(`## ⏪ ${input.dryRun ? 'Would roll back' : 'Rolled back'} ${input.tag}`, '');
    lines.push(`Users are back on **${input.restoredVersion || 'no release'}**. Reason: ${sanitizeCell(input.reason || '(none given)')}`, '');
    lines.push('| Step | Status | Detail |', '| --- | --- | --- |');
    for (const step of input.steps)
        lines.push(`| ${step.step} | ${step.status} | ${sanitizeCell(step.detail)} |`);
    lines.push('', '### Manual steps', '', ...input.manual.map(text => `- ${sanitizeCell(text)}`), '');
    return lines.join('\n');
}
function renderPublishSummary(input) {
    const lines = ['### Publishing', ''];
    const { release } = input;
    if (input.releaseUrl)
        lines.push(`GitHub release: [${sanitizeCell(release.title)}](${input.releaseUrl})${release.draft ? ' (draft)' : ''}${release.prerelease ? ' (prerelease)' : ''}, latest: ${release.makeLatest}`, '');
    else if (input.dryRun)
        lines.push(`Dry run: the GitHub release "${sanitizeCell(release.title)}" would be created or updated (prerelease: ${release.prerelease}, latest: ${release.makeLatest}).`, '');
    lines.push('| Asset | Size | SHA-256 |', '| --- | ---: | --- |');
    for (const asset of input.assets)
        lines.push(`| ${sanitizeCell(asset.name)} | ${asset.size.toLocaleString('en-US')} B | \`${asset.sha256.slice(0, 16)}…\` |`);
    lines.push('', `Checksums: \`${input.checksumsPath}\`${input.sbomPath ? `; SBOM (SPDX 2.3): \`${input.sbomPath}\`` : ''}.`, '');
    if (input.expected.length > 0) {
        lines.push('| Expected asset | Found |', '| --- | --- |');
        for (const asset of input.expected)
            lines.push(`| ${sanitizeCell(asset.name)} | ${asset.found ? '✅' : '❌ missing'} |`);
        lines.push('');
    }
    for (const warning of input.warnings)
        lines.push(`> ${sanitizeCell(warning)}`);
    return lines.join('\n');
}
function renderNotifySummary(input) {
    const active = input.services.filter(service => service.status !== 'off');
    if (active.length === 0)
        return '';
    const lines = ['### Notifications', '', '| Service | Status | Detail |', '| --- | --- | --- |'];
    for (const service of active)
        lines.push(`| ${service.name} | ${service.status} | ${sanitizeCell(service.detail)} |`);
    if (input.jiraIssues.length > 0) {
        lines.push('', '| JIRA issue | Result | Detail |', '| --- | --- | --- |');
        for (const issue of input.jiraIssues)
            lines.push(`| ${sanitizeCell(issue.key)} | ${issue.status} | ${sanitizeCell(issue.detail)} |`);
    }
    if (input.dryRun) {
        for (const service of active.filter(s => s.payload !== undefined)) {
            const json = sanitizeBlock(JSON.stringify(service.payload, null, 2).replace(/`{3}/g, "'''"));
            lines.push('', `<details><summary>${service.name}: the payload that would be sent</summary>`, '', '```json', json, '```', '', '</details>');
        }
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/usecases/outputs.ts

/** The `gates` output: the gates run, each with its status, reason and details. */
function gatesJson(report) {
    return JSON.stringify(report.results.map(({ gate, status, reason, details }) => ({ gate, status, reason, details })));
}
/** GitHub limits one output to 1 MB. */
const OUTPUT_LIMIT = 900 * 1024;
/** The outputs of a run, the same for the action and the CLI's --json. */
function outputsOf(result, severity) {
    const { plan } = result;
    return {
        released: String(plan.released),
        new_version: plan.version,
        previous_version: plan.previousVersion,
        tag: plan.tag,
        previous_tag: plan.previousTag,
        bump: plan.bump,
        reason: plan.reason,
        release_notes: plan.released ? result.notesFile : '',
        notes: truncateMarkdown(plan.notes, OUTPUT_LIMIT, `_Cut to fit an output; the whole text is in ${result.notesFile}._`),
        commit_sha: result.commitSha,
        dry_run: String(result.dryRun),
        pushed: String(result.pushed),
        severity,
        hotfix: String(plan.hotfix),
        version_files: result.versionFiles.map(file => file.path).join('\n'),
        gates: result.gates ? gatesJson(result.gates) : ''
    };
}

;// CONCATENATED MODULE: ./src/core/commit-parser.ts
/**
 * A single-pass parser for conventional commit messages.
 *
 * It follows the semantics of `conventional-commits-parser` with the options of the
 * `conventionalcommits` preset for every field this project uses: `type`, `scope`,
 * `subject`, `header`, `notes` (title and text) and `revert` (header and hash).
 * The library is the oracle in `__tests__/commit-parser.differential.test.ts`, which
 * compares both on every message of the shared real histories.
 *
 * One deliberate normalisation happens before parsing: leading white space of the
 * message is removed (git's own `cleanup` does this; a hand-written ` feat: x` is a feature).
 */
const BREAKING_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/;
const HEADER = /^(\w*)(?:\((.*)\))?!?: (.*)$/;
const NOTE = /^(?:\*\s+)?(BREAKING CHANGE|BREAKING-CHANGE):\s*(.*)/i;
const FOOTER_TOKEN = /^(?:BREAKING CHANGE|[\w-]+)(?::\s+|\s+(?:#)).+/i;
const FIELD = /^-(?=.*\w)(.*?)-$/;
const REVERT = /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i;
const GPG = /^\s*gpg:/;
/** Removes leading and trailing CR/LF characters (not other white space). */
function trimNewLines(input) {
    let start = 0;
    let end = input.length;
    while (start < end && (input.charCodeAt(start) === 10 || input.charCodeAt(start) === 13))
        start++;
    while (end > start && (input.charCodeAt(end - 1) === 10 || input.charCodeAt(end - 1) === 13))
        end--;
    return start === 0 && end === input.length ? input : input.slice(start, end);
}
function appendLine(src, line) {
    return src ? `${src}\n${line ?? ''}` : (line ?? '');
}
/** Leading white space is not part of a message (see the module comment). */
function normalizeMessage(message) {
    return message.replace(/^\s+/, '');
}
function isField(line) {
    return line.length > 1 && line.charCodeAt(0) === 45 /* - */ && line.charCodeAt(line.length - 1) === 45 && FIELD.test(line);
}
function mayBeNote(line) {
    // cheap pre-check before the case-insensitive regular expression
    return line.length >= 15 && NOTE.test(line);
}
function parseCommitMessage(rawMessage) {
    const message = normalizeMessage(rawMessage);
    const result = {
        header: null,
        type: null,
        scope: null,
        subject: null,
        notes: [],
        revert: null,
        bodyLines: []
    };
    if (message.length === 0)
        return result;
    let lines = trimNewLines(message).split(/\r?\n/);
    if (message.includes('gpg:'))
        lines = lines.filter(line => !GPG.test(line));
    const header = lines[0];
    if (header) {
        result.header = header;
        const match = BREAKING_HEADER.exec(header) ?? HEADER.exec(header);
        if (match) {
            result.type = match[1] || null;
            result.scope = match[2] || null;
            result.subject = match[3] || null;
        }
    }
    result.bodyLines = lines.length > 1 ? lines.slice(1) : [];
    // Body and footer: only notes matter here, with the library's state machine.
    let i = 1;
    const n = lines.length;
    // `-field-` lines start a field that swallows every following line.
    const parseMeta = () => {
        if (i >= n)
            return false;
        let inField = false;
        let parsed = false;
        while (i < n) {
            if (isField(lines[i])) {
                inField = true;
                i++;
                continue;
            }
            if (inField) {
                parsed = true;
                i++;
            }
            else
                break;
        }
        return parsed;
    };
    const parseNotes = () => {
        if (i >= n)
            return false;
        const match = mayBeNote(lines[i]) ? NOTE.exec(lines[i]) : null;
        if (!match)
            return false;
        const note = { title: match[1], text: match[2] };
        result.notes.push(note);
        i++;
        while (i < n) {
            if (parseMeta())
                return true;
            if (parseNotes())
                return true;
            const line = lines[i];
            const isFooterToken = FOOTER_TOKEN.test(line);
            if (!isFooterToken)
                note.text = appendLine(note.text, line);
            i++;
            if (isFooterToken)
                break;
        }
        return true;
    };
    while (i < n) {
        parseMeta();
        parseNotes();
        if (i < n)
            i++; // a body or footer line: nothing of it is used
    }
    if (result.notes.length === 0 && result.header) {
        const match = BREAKING_HEADER.exec(result.header);
        if (match)
            result.notes.push({ title: 'BREAKING CHANGE', text: match[3] });
    }
    for (const note of result.notes)
        note.text = trimNewLines(note.text);
    const first = message.charCodeAt(0);
    if ((first === 82 || first === 114) /* R r */ && REVERT.test(message)) {
        const match = REVERT.exec(message);
        if (match)
            result.revert = { header: match[1] || null, hash: match[2] || null };
    }
    return result;
}

;// CONCATENATED MODULE: ./src/core/changes.ts

const NO_NOTES = Object.freeze([]);
const KNOWN_TYPES = new Set([
    'feat', 'feature', 'fix', 'perf', 'revert', 'docs', 'style', 'chore', 'refactor', 'test', 'build', 'ci'
]);
const SKIP = /\[(?:skip\s+release|release\s+skip)\]/i;
const RELEASE_AS = /^release-as:\s*v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\s*$/im;
const NESTED_HEADER = /^(?:\* )?((\w+)(?:\(([^()\r\n]*)\))?(!)?: (\S.*))$/;
const GIT_REVERT = /^Revert "([\s\S]+)"\s*$/;
function mainChange(commit, parsed) {
    const header = parsed.header ?? '';
    const breaking = parsed.notes.length > 0;
    const breakingNotes = breaking ? parsed.notes.map((note) => note.text).filter(text => text.length > 0) : NO_NOTES;
    const type = parsed.type ? parsed.type.toLowerCase() : null;
    const isRevert = type === 'revert' || parsed.revert !== null || (header.charCodeAt(0) === 82 /* R */ && GIT_REVERT.test(header));
    const subject = parsed.subject ?? header;
    return {
        sha: commit.sha,
        header,
        type,
        scope: parsed.scope,
        subject,
        breaking,
        breakingNotes: breaking ? (breakingNotes.length === 0 ? [subject] : breakingNotes) : NO_NOTES,
        revertOf: parsed.revert?.hash ?? null,
        revertHeader: parsed.revert?.header ?? (type === 'revert' ? subject : null),
        isRevert,
        nested: 0
    };
}
/**
 * Further conventional headers in a squash-merge body (GitHub lists the squashed commits as
 * `* type: subject` paragraphs): a line after a blank line, or a `* ` bullet right after
 * another nested header, whose type is a known conventional type. Quoted material (code
 * fences, `<details>` blocks such as dependency bots' embedded changelogs) is not looked at.
 */
function nestedChanges(commit, bodyLines) {
    const changes = [];
    let previousBlank = false;
    let previousNested = false;
    let fenced = false;
    let details = 0;
    for (const line of bodyLines) {
        const trimmed = line.trimEnd();
        if ((trimmed.includes('```') || trimmed.includes('~~~')) && /^\s*(```|~~~)/.test(trimmed))
            fenced = !fenced;
        if (trimmed.includes('<')) {
            if (/<details\b/i.test(trimmed))
                details++;
            if (/<\/details>/i.test(trimmed))
                details = Math.max(0, details - 1);
        }
        if (trimmed === '') {
            previousBlank = true;
            previousNested = false;
            continue;
        }
        const bulleted = trimmed.startsWith('* ');
        const eligible = !fenced && details === 0 && (previousBlank || (bulleted && previousNested));
        const match = eligible && trimmed.includes(': ') ? NESTED_HEADER.exec(trimmed) : null;
        if (match && KNOWN_TYPES.has(match[2].toLowerCase())) {
            const subject = match[5];
            const type = match[2].toLowerCase();
            changes.push({
                sha: commit.sha,
                header: match[1],
                type,
                scope: match[3] || null,
                subject,
                breaking: match[4] === '!',
                breakingNotes: match[4] === '!' ? [subject] : NO_NOTES,
                revertOf: null,
                revertHeader: type === 'revert' ? subject : null,
                isRevert: type === 'revert',
                nested: changes.length + 1
            });
            previousNested = true;
        }
        else {
            previousNested = false;
        }
        previousBlank = false;
    }
    return changes;
}
function analyzeCommit(commit) {
    const merge = commit.parents.length > 1;
    const { message } = commit;
    const skip = message.includes('[') && SKIP.test(message);
    const releaseAsMatch = /as:/i.test(message) ? RELEASE_AS.exec(message) : null;
    const parsed = parseCommitMessage(commit.message);
    const changes = [mainChange(commit, parsed)];
    if (!merge && parsed.bodyLines.length > 1)
        changes.push(...nestedChanges(commit, parsed.bodyLines));
    return { sha: commit.sha, time: commit.time, changes, merge, skip, releaseAs: releaseAsMatch ? releaseAsMatch[1] : null };
}

;// CONCATENATED MODULE: ./src/core/bump.ts
const PATCH_TYPES = new Set(['fix', 'perf', 'revert']);
function levelOf(change) {
    if (change.breaking)
        return { level: 'major', why: 'breaking change' };
    if (change.type === 'feat' || change.type === 'feature')
        return { level: 'minor', why: 'feature' };
    if (change.type !== null && PATCH_TYPES.has(change.type))
        return { level: 'patch', why: change.type };
    if (change.isRevert)
        return { level: 'patch', why: 'revert' };
    return null;
}
function shortSha(sha) {
    return sha.slice(0, 7);
}
/** Finds the in-range commit a revert names (full sha or an abbreviation of at least 7 characters). */
function resolveTarget(hash, byPrefix) {
    if (hash.length < 7)
        return null;
    const candidates = byPrefix.get(hash.slice(0, 7).toLowerCase()) ?? [];
    const lower = hash.toLowerCase();
    const found = candidates.filter(sha => sha.startsWith(lower));
    return found.length === 1 ? found[0] : null;
}
/**
 * Decides the bump for the commits of a range.
 * @param commits the range as `git log` lists it, newest first
 */
function decideBump(commits, options) {
    // sha prefixes are only indexed when a revert needs them
    let byPrefixIndex = null;
    const byPrefix = () => {
        if (byPrefixIndex)
            return byPrefixIndex;
        byPrefixIndex = new Map();
        for (const { sha } of commits) {
            const key = sha.slice(0, 7).toLowerCase();
            const list = byPrefixIndex.get(key);
            if (list)
                list.push(sha);
            else
                byPrefixIndex.set(key, [sha]);
        }
        return byPrefixIndex;
    };
    // Reverts, newest first: a live revert cancels its target (named by sha, or else by the quoted
    // header of an older commit in range, as when history was rebased); a cancelled revert cancels nothing.
    const cancelled = new Set();
    const revertPairs = new Set();
    commits.forEach((analyzed, index) => {
        const sha = analyzed.sha;
        if (analyzed.merge || analyzed.skip || cancelled.has(sha))
            return;
        const main = analyzed.changes[0];
        if (!main.isRevert)
            return;
        let target = main.revertOf ? resolveTarget(main.revertOf, byPrefix()) : null;
        if (!target && main.revertHeader) {
            const header = main.revertHeader;
            target = commits.slice(index + 1).find(older => !older.merge && !cancelled.has(older.sha) && older.changes[0].header === header)?.sha ?? null;
        }
        if (target && target !== sha) {
            cancelled.add(target);
            revertPairs.add(sha);
        }
    });
    for (const sha of revertPairs)
        cancelled.add(sha);
    const changes = [];
    const drivers = [];
    const skipped = [];
    let releaseAs = null;
    for (let index = commits.length - 1; index >= 0; index--) {
        const analyzed = commits[index];
        const sha = analyzed.sha;
        if (analyzed.skip) {
            skipped.push(sha);
            continue;
        }
        if (analyzed.merge || cancelled.has(sha))
            continue;
        if (analyzed.releaseAs)
            releaseAs = { version: analyzed.releaseAs, sha }; // the newest wins
        for (const change of analyzed.changes) {
            changes.push(change);
            const level = levelOf(change);
            if (level)
                drivers.push({ change, ...level });
        }
    }
    // strongest first, in history order within a level (a stable bucket sort)
    const byLevel = { major: [], minor: [], patch: [] };
    for (const driver of drivers)
        byLevel[driver.level].push(driver);
    drivers.length = 0;
    drivers.push(...byLevel.major, ...byLevel.minor, ...byLevel.patch);
    let bump = drivers.length > 0 ? drivers[0].level : 'none';
    if (bump === 'major' && options.bumpMinorPreMajor && options.currentMajor === 0)
        bump = 'minor';
    let reason;
    if (options.bump !== 'auto') {
        reason = `bump input set to ${options.bump}`;
        bump = options.bump;
    }
    else if (releaseAs) {
        reason = `Release-As: ${releaseAs.version} footer in ${shortSha(releaseAs.sha)}`;
        if (bump === 'none')
            bump = 'patch';
    }
    else if (bump === 'none') {
        reason = changes.length === 0
            ? 'no commits to release since the previous release'
            : `no releasable commits: none of the ${changes.length} change(s) is a feat, fix, perf, revert or breaking change`;
    }
    else {
        const strongest = drivers.filter(driver => driver.level === drivers[0].level);
        const listed = strongest.slice(0, 5).map(driver => `${shortSha(driver.change.sha)} ${driver.why}`).join(', ');
        const more = strongest.length > 5 ? ` and ${strongest.length - 5} more` : '';
        reason = `${bump} because of ${listed}${more}`;
        if (drivers[0].level === 'major' && bump === 'minor')
            reason += ' (breaking changes bump minor before 1.0.0: bump_minor_pre_major)';
    }
    if (cancelled.size > 0)
        reason += `; ${cancelled.size} commit(s) cancelled by reverts in the range`;
    if (skipped.length > 0)
        reason += `; ${skipped.length} commit(s) skipped by [skip release]`;
    return { bump, changes, drivers, cancelled, skipped, releaseAs, reason };
}

;// CONCATENATED MODULE: ./src/core/sanitize.ts
/**
 * Commit text is written by strangers. Before it goes into Markdown that GitHub renders
 * (release notes, changelog, job summary) it must not render HTML nor ping people.
 */
const MENTION = /(^|[^\w`@/.-])@([A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\/[A-Za-z0-9_.-]+)?)/g;
function sanitizeProse(text) {
    return text
        .replace(/</g, '&lt;')
        .replace(MENTION, (_all, before, name) => `${before}\`@${name}\``);
}
/** Sanitizes one line of inline Markdown: code spans are left as they are (they render literally). */
function sanitizeInline(text) {
    if (!text.includes('<') && !text.includes('@'))
        return text;
    if (!text.includes('`'))
        return sanitizeProse(text);
    let out = '';
    let index = 0;
    const span = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
    for (const match of text.matchAll(span)) {
        out += sanitizeProse(text.slice(index, match.index)) + match[0];
        index = match.index + match[0].length;
    }
    return out + sanitizeProse(text.slice(index));
}
/** Sanitizes multi-line Markdown: fenced code blocks are left as they are. */
function sanitize_sanitizeBlock(text) {
    let inFence = false;
    return text.split('\n').map(line => {
        if (/^\s*(```|~~~)/.test(line)) {
            inFence = !inFence;
            return line;
        }
        return inFence ? line : sanitizeInline(line);
    }).join('\n') + (inFence ? '\n```' : '');
}
/** For a Markdown table cell: one line, no pipes breaking the table. */
function sanitize_sanitizeCell(text) {
    return sanitizeInline(text.replace(/[\r\n]+/g, ' ')).replace(/\|/g, '\\|');
}

;// CONCATENATED MODULE: ./src/core/notes.ts

const SECTIONS = [
    { title: '🚀 New Features', types: ['feat', 'feature'] },
    { title: '🐛 Bug Fixes', types: ['fix'] },
    { title: '⚡ Performance', types: ['perf'] },
    { title: '⏪ Reverts', types: ['revert'] },
    { title: '📚 Documentation', types: ['docs'] },
    { title: '🔧 Maintenance', types: ['refactor'] },
    { title: '🧪 Testing', types: ['test'] },
    { title: '🔄 CI/CD', types: ['ci'] },
    { title: '📦 Build System', types: ['build'] },
    { title: '💄 Styling', types: ['style'] },
    { title: '🏠 Chores', types: ['chore'] }
];
const OTHER_TITLE = '📝 Other Changes';
function linkReferences(text, repoUrl) {
    if (!repoUrl || !text.includes('#'))
        return text;
    return text.replace(/(?<![\w/[])#(\d+)\b(?!\])/g, (_all, number) => `[#${number}](${repoUrl}/issues/${number})`);
}
const KNOWN = new Set(SECTIONS.flatMap(section => section.types));
const SECTION_OF = new Map(SECTIONS.flatMap((section, index) => section.types.map(type => [type, index])));
function entry(change, repoUrl, text, marker = '') {
    const scope = change.scope ? `**${sanitizeInline(change.scope)}:** ` : '';
    const short = change.sha.slice(0, 7);
    const sha = repoUrl ? `([${short}](${repoUrl}/commit/${change.sha}))` : `(${short})`;
    return `- ${marker}${scope}${linkReferences(sanitizeInline(text), repoUrl)} ${sha}`;
}
/** The notes line of a change (its subject, or the whole header when it is not conventional). */
function entryLine(change, repoUrl) {
    return entry(change, repoUrl, change.type !== null && KNOWN.has(change.type) ? change.subject : change.header);
}
function indent(text) {
    return text.split('\n').map(line => (line ? `  ${line}` : line)).join('\n');
}
/** GitHub rejects a release body over 125,000 characters; release notes stay below it. */
const RELEASE_BODY_LIMIT = 125_000;
function breakingEntry(change, repoUrl) {
    const [first, ...rest] = change.breakingNotes;
    const lines = [entry(change, repoUrl, first.split('\n')[0], '⚠️ **BREAKING:** ')];
    const migration = [first.split('\n').slice(1).join('\n'), ...rest].filter(text => text.trim()).join('\n\n');
    if (migration.trim())
        lines.push('', indent(linkReferences(sanitize_sanitizeBlock(migration.trim()), repoUrl)), '');
    return lines.join('\n');
}
/**
 * The sections of a release (highlights, then one section a type), without the title, newest
 * first. With `maxChars`, entries that do not fit are counted instead of listed (breaking changes
 * are always listed in full), so a huge release still makes a release body GitHub accepts.
 */
function renderSections(changes, repoUrl, maxChars = Infinity, moreText = 'see the full changelog') {
    const groups = [...SECTIONS, { title: OTHER_TITLE, types: [] }].map(() => []);
    const breaking = [];
    const features = [];
    for (let index = changes.length - 1; index >= 0; index--) {
        const change = changes[index];
        const section = change.type === null ? undefined : SECTION_OF.get(change.type);
        groups[section ?? SECTIONS.length].push(change);
        if (change.breaking)
            breaking.push(change);
        else if (section === 0)
            features.push(change);
    }
    let budget = maxChars;
    /** Adds rendered entries to `lines` while the budget lasts, then one line that counts the rest. */
    const add = (lines, members, render, always = false) => {
        let shown = 0;
        for (const change of members) {
            const line = render(change);
            if (!always && budget - line.length < 200)
                break;
            budget -= line.length + 1;
            lines.push(line);
            shown++;
        }
        if (shown < members.length) {
            const more = `- _…and ${(members.length - shown).toLocaleString('en-US')} more: ${moreText}._`;
            budget -= more.length + 1;
            lines.push(more);
        }
    };
    const line = (change) => entryLine(change, repoUrl);
    const parts = [];
    if (breaking.length > 0 || features.length > 0) {
        const lines = ['### ✨ Highlights', ''];
        add(lines, breaking, change => breakingEntry(change, repoUrl), true);
        add(lines, features, line);
        parts.push(lines.join('\n'));
    }
    groups.forEach((members, index) => {
        if (members.length === 0)
            return;
        const lines = [`### ${index < SECTIONS.length ? SECTIONS[index].title : OTHER_TITLE}`, ''];
        add(lines, members, line);
        parts.push(lines.join('\n'));
    });
    return parts.join('\n\n');
}
function compareLine(input) {
    const { repoUrl, previousTag, tag } = input;
    if (repoUrl) {
        return previousTag
            ? `**Full Changelog**: ${repoUrl}/compare/${previousTag}...${tag}`
            : `**Full Changelog**: ${repoUrl}/commits/${tag}`;
    }
    return `**Full Changelog**: ${previousTag ? `${previousTag}...${tag}` : tag}`;
}
/** release-notes.md: the reference design's template. */
function renderReleaseNotes(input) {
    const parts = [`## What's Changed in ${input.tag}`];
    if (input.banner)
        parts.push(input.banner);
    parts.push(input.sections || '_No notable changes._');
    const footer = [compareLine(input)];
    if (input.packageName)
        footer.push(`**Installation**: \`pip install ${input.packageName}==${input.version}\``);
    parts.push(footer.join('\n'));
    return parts.join('\n\n') + '\n';
}
/** One section of CHANGELOG.md. */
function renderChangelogSection(input) {
    const title = input.repoUrl && input.previousTag
        ? `## [${input.version}](${input.repoUrl}/compare/${input.previousTag}...${input.tag}) (${input.date})`
        : `## ${input.version} (${input.date})`;
    const parts = [title];
    if (input.banner)
        parts.push(input.banner);
    parts.push(input.sections || '_No notable changes._');
    return parts.join('\n\n') + '\n';
}
/**
 * Puts a section at the top of an existing changelog (after its title, before the first
 * release section) so that everything that was there stays byte-identical.
 */
function prependChangelog(existing, section) {
    if (existing === null || existing.trim() === '')
        return `# Changelog\n\n${section}`;
    const lines = existing.split('\n');
    let offset = 0;
    for (const line of lines) {
        if (/^## /.test(line) && !/^## \[?unreleased\]?/i.test(line)) {
            return existing.slice(0, offset) + section + '\n' + existing.slice(offset);
        }
        offset += line.length + 1;
    }
    const separator = existing.endsWith('\n\n') ? '' : existing.endsWith('\n') ? '\n' : '\n\n';
    return existing + separator + section;
}

;// CONCATENATED MODULE: ./src/core/version.ts


/** Tags named `{prefix}X.Y.Z[-pre]` with a strict semver version; others are ignored. */
function version_releaseTags(tags, prefix) {
    const result = [];
    for (const tag of tags) {
        if (!tag.name.startsWith(prefix))
            continue;
        const version = tag.name.slice(prefix.length);
        const parsed = semver_default().parse(version);
        if (!parsed || parsed.version !== version)
            continue;
        result.push({ ...tag, version, prerelease: parsed.prerelease.length > 0 });
    }
    return result;
}
/** The highest stable release among the tags, or null. */
function highestStable(tags) {
    let best = null;
    for (const tag of tags) {
        if (tag.prerelease)
            continue;
        if (!best || semver_default().gt(tag.version, best.version))
            best = tag;
    }
    return best;
}
function levelBetween(previous, next) {
    if (previous === null)
        return 'major';
    const p = semver_default().parse(previous);
    const n = semver_default().parse(next);
    if (!p || !n)
        return 'patch';
    if (n.major !== p.major)
        return 'major';
    if (n.minor !== p.minor)
        return 'minor';
    return 'patch';
}
function withPrerelease(base, id, allTags) {
    if (!id)
        return base;
    let highest = 0;
    const pattern = `${base}-${id}.`;
    for (const tag of allTags) {
        if (!tag.version.startsWith(pattern))
            continue;
        const rest = tag.version.slice(pattern.length);
        if (/^\d+$/.test(rest))
            highest = Math.max(highest, Number(rest));
    }
    return `${base}-${id}.${highest + 1}`;
}
function nextVersion(input) {
    const { previous, bump, initialVersion, prerelease, allTags, releaseAs } = input;
    if (releaseAs) {
        const clean = semver_default().valid(releaseAs);
        if (!clean)
            throw new core_errors/* ConfigurationError */.j(`Release-As footer names "${releaseAs}", which is not a semantic version. Use Release-As: X.Y.Z.`);
        if (previous && !semver_default().gt(clean, previous)) {
            throw new core_errors/* ConfigurationError */.j(`Release-As: ${clean} is not above the current version ${previous}. ` +
                'A release must be higher than the previous one: amend or revert the commit with that footer, or name a higher version.');
        }
        return { version: withPrerelease(clean, prerelease, allTags), bump: levelBetween(previous, clean) };
    }
    if (bump === 'none')
        return null;
    if (previous === null)
        return { version: withPrerelease(initialVersion, prerelease, allTags), bump };
    const base = semver_default().inc(previous, bump);
    if (!base)
        throw new Error(`cannot increment ${previous} by ${bump}`);
    return { version: withPrerelease(base, prerelease, allTags), bump };
}

;// CONCATENATED MODULE: ./src/core/plan.ts



function planRelease(input) {
    const { settings, commits, previous, hotfix } = input;
    const decision = decideBump(commits, {
        bump: hotfix ? 'patch' : settings.bump,
        bumpMinorPreMajor: settings.bumpMinorPreMajor,
        currentMajor: previous ? Number(previous.version.split('.')[0]) : 0
    });
    const next = nextVersion({
        previous: previous?.version ?? null,
        bump: decision.bump,
        initialVersion: settings.initialVersion,
        prerelease: settings.prerelease,
        allTags: input.allTags,
        releaseAs: settings.bump === 'auto' && !hotfix ? decision.releaseAs?.version ?? null : null
    });
    const tagMeta = hotfix ? { type: 'hotfix', severity: hotfix.severity, hotfixOf: previous?.name } : { type: 'release' };
    const base = {
        previousVersion: previous?.version ?? '',
        previousTag: previous?.name ?? '',
        decision,
        commitCount: commits.length,
        hotfix: Boolean(hotfix),
        tagMeta
    };
    if (!next) {
        return { ...base, released: false, version: '', tag: '', bump: 'none', reason: decision.reason, notes: '', changelogSection: '' };
    }
    const tag = `${settings.tagPrefix}${next.version}`;
    const why = hotfix ? `hotfix (severity: ${hotfix.severity}) of ${previous?.name}, always a patch` : decision.reason;
    const reason = previous
        ? `${why}: ${previous.version} → ${next.version}`
        : `${decision.reason}: first release ${next.version} (no earlier ${settings.tagPrefix}X.Y.Z tag)`;
    const notesInput = {
        version: next.version,
        tag,
        previousTag: previous?.name ?? null,
        sections: '',
        repoUrl: input.repoUrl,
        packageName: input.packageName,
        date: input.date,
        banner: hotfix ? `> **🚑 Hotfix** (severity: ${hotfix.severity}) of ${previous?.name}.` : undefined
    };
    // release notes become the GitHub release body, which has a size limit; the changelog has no limit
    const changelogNote = settings.changelogFile ? `all of them are in ${settings.changelogFile}` : 'see the full changelog';
    const notesSections = renderSections(decision.changes, input.repoUrl, RELEASE_BODY_LIMIT - 1_000, changelogNote);
    const writeChangelog = !settings.dryRun && settings.changelogFile !== null;
    return {
        ...base,
        released: true,
        version: next.version,
        tag,
        bump: next.bump,
        reason,
        notes: renderReleaseNotes({ ...notesInput, sections: notesSections }),
        // a dry run writes no changelog, so it renders none
        changelogSection: writeChangelog ? renderChangelogSection({ ...notesInput, sections: renderSections(decision.changes, input.repoUrl) }) : ''
    };
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(99547);
;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./src/core/version-files.ts



const SEMVER_TEXT = '\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?';
function kindOf(path) {
    const name = path.split('/').pop() ?? path;
    if (name === 'pyproject.toml')
        return 'pyproject';
    if (name === 'setup.cfg')
        return 'setup.cfg';
    if (name === 'setup.py')
        return 'setup.py';
    if (name === 'package.json')
        return 'package.json';
    if (name.endsWith('.py'))
        return 'python';
    if (name.endsWith('.swift'))
        return 'swift';
    return 'generic';
}
/** Offsets of each line start, and the lines. */
function lineStarts(text) {
    const lines = text.split('\n');
    const starts = [];
    let offset = 0;
    for (const line of lines) {
        starts.push(offset);
        offset += line.length + 1;
    }
    return { lines, starts };
}
/** Finds `key = "value"` inside an INI/TOML section. */
function findInSection(text, section, key) {
    const { lines, starts } = lineStarts(text);
    let inSection = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^\s*\[/.test(line)) {
            inSection = section.test(line);
            continue;
        }
        if (!inSection)
            continue;
        const match = key.exec(line);
        if (match?.groups?.v !== undefined) {
            const start = starts[i] + (match.index ?? 0) + match[0].length - match.groups.v.length - (match.groups.q ? 1 : 0);
            return { version: match.groups.v, start, end: start + match.groups.v.length };
        }
    }
    return null;
}
function findFirst(text, pattern) {
    const match = pattern.exec(text);
    if (!match?.groups?.v)
        return null;
    const start = match.index + match[0].length - match.groups.v.length - (match.groups.q ? 1 : 0);
    return { version: match.groups.v, start, end: start + match.groups.v.length };
}
function locatePyproject(text) {
    let data;
    try {
        data = parse(text);
    }
    catch (error) {
        throw new core_errors/* ConfigurationError */.j(`pyproject.toml is not valid TOML: ${error.message.split('\n')[0]}`);
    }
    const tomlKey = /^\s*version\s*=\s*(?<q>["'])(?<v>[^"'\n]*)["']/;
    const project = data.project;
    if (project && typeof project.version === 'string') {
        return findInSection(text, /^\s*\[\s*project\s*\]/, tomlKey);
    }
    const poetry = data.tool?.poetry;
    if (poetry && typeof poetry.version === 'string') {
        return findInSection(text, /^\s*\[\s*tool\.poetry\s*\]/, tomlKey);
    }
    return null;
}
function locatePackageJson(text) {
    const errors = [];
    const data = (0,main.parse)(text, errors, { allowTrailingComma: false });
    if (errors.length > 0 || !data || typeof data !== 'object')
        throw new core_errors/* ConfigurationError */.j('package.json is not valid JSON');
    if (typeof data.version !== 'string')
        return null;
    const edits = (0,main.modify)(text, ['version'], '\u0000', {});
    if (edits.length !== 1)
        return null;
    const { offset, length } = edits[0];
    const version = data.version;
    // the edit replaces the quoted value; the version sits inside the quotes
    return { version, start: offset + 1, end: offset + length - 1 };
}
/** Where the version string of a file is, or null when it has none. */
function locateVersion(kind, text) {
    switch (kind) {
        case 'pyproject':
            return locatePyproject(text);
        case 'setup.cfg':
            return findInSection(text, /^\s*\[\s*metadata\s*\]/, new RegExp(`^\\s*version\\s*[=:]\\s*(?<q>)(?<v>${SEMVER_TEXT})\\s*$`));
        case 'setup.py':
            return findFirst(text, new RegExp(`\\bversion\\s*=\\s*(?<q>["'])(?<v>${SEMVER_TEXT})["']`));
        case 'python':
            return findFirst(text, new RegExp(`^__version__\\s*(?::\\s*str\\s*)?=\\s*(?<q>["'])(?<v>${SEMVER_TEXT})["']`, 'm'));
        case 'package.json':
            return locatePackageJson(text);
        case 'swift':
            return findFirst(text, new RegExp(`\\b(?:let|var)\\s+\\w*[vV]ersion\\s*(?::\\s*String\\s*)?=\\s*(?<q>")(?<v>${SEMVER_TEXT})"`));
        case 'generic':
            return findFirst(text, new RegExp(`\\bversion\\b["']?\\s*[=:]\\s*(?<q>["']?)(?<v>${SEMVER_TEXT})\\k<q>`, 'i'));
    }
}
/** The file's text with only the version string changed, or null when it has no version. */
function replaceVersion(path, text, newVersion) {
    const kind = kindOf(path);
    const location = locateVersion(kind, text);
    if (!location)
        return null;
    const updated = text.slice(0, location.start) + newVersion + text.slice(location.end);
    // read it back with the same parser (TOML and JSON through their libraries)
    if (locateVersion(kind, updated)?.version !== newVersion)
        throw new Error(`version edit of ${path} did not read back as ${newVersion}`);
    return { text: updated, oldVersion: location.version };
}

;// CONCATENATED MODULE: ./src/core/repo-url.ts
/** The web URL of the repository, from the Actions environment or the origin remote. */
function repoUrlFrom(serverUrl, repository, originUrl) {
    if (serverUrl && repository && /^[\w.-]+\/[\w.-]+$/.test(repository))
        return `${serverUrl.replace(/\/+$/, '')}/${repository}`;
    if (!originUrl)
        return null;
    const https = /^https?:\/\/(?:[^@/]+@)?([^/]+)\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(originUrl);
    if (https)
        return `https://${https[1]}/${https[2]}/${https[3]}`;
    const scp = /^(?:ssh:\/\/)?(?:[\w.-]+@)([\w.-]+)[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(originUrl);
    if (scp)
        return `https://${scp[1]}/${scp[2]}/${scp[3]}`;
    return null;
}

;// CONCATENATED MODULE: ./src/core/release-record.ts

const TRAILER = /^([A-Z][A-Za-z-]*): (.+)$/;
function formatTagMessage(notes, meta) {
    const trailers = [`Release-Type: ${meta.type}`];
    if (meta.severity)
        trailers.push(`Severity: ${meta.severity}`);
    if (meta.hotfixOf)
        trailers.push(`Hotfix-Of: ${meta.hotfixOf}`);
    return `${notes.replace(/\s+$/, '')}\n\n${trailers.join('\n')}\n`;
}
/** Splits a tag message into the notes and the trailers this action wrote (none for other tags). */
function release_record_parseTagMessage(message) {
    const text = message.replace(/\s+$/, '');
    const cut = text.lastIndexOf('\n\n');
    const block = cut >= 0 ? text.slice(cut + 2) : '';
    const lines = block.split('\n');
    if (lines.length === 0 || !lines.every(line => TRAILER.test(line)))
        return { notes: `${text}\n`, meta: null };
    const fields = new Map(lines.map(line => {
        const [, key, value] = TRAILER.exec(line);
        return [key.toLowerCase(), value.trim()];
    }));
    const type = fields.get('release-type');
    if (type !== 'release' && type !== 'hotfix')
        return { notes: `${text}\n`, meta: null };
    const meta = { type };
    if (fields.has('severity'))
        meta.severity = fields.get('severity');
    if (fields.has('hotfix-of'))
        meta.hotfixOf = fields.get('hotfix-of');
    return { notes: `${text.slice(0, cut)}\n`, meta };
}
const RECORD_HEADER = [
    '# Rollbacks',
    '',
    'Releases rolled back by fastvlm-release-action. One row a rollback, newest last; the rollback',
    'commits carry the trailers `Rollback-Of:` and `Restored-Version:`.',
    '',
    '| Version | Date | Reason | Actor | Users are back on | Released |',
    '| --- | --- | --- | --- | --- | --- |'
];
function row(entry) {
    const cell = (text) => sanitize_sanitizeCell(text || '—');
    return `| ${cell(entry.version)} | ${cell(entry.date)} | ${cell(entry.reason || '(no reason given)')} | ${cell(entry.actor)} | ${cell(entry.restored)} | ${cell(entry.released ?? '')} |`;
}
/** The record with the entry added (created when missing); earlier content stays byte-identical. */
function appendRollback(existing, entry) {
    if (existing === null || existing.trim() === '')
        return `${[...RECORD_HEADER, row(entry)].join('\n')}\n`;
    return `${existing}${existing.endsWith('\n') ? '' : '\n'}${row(entry)}\n`;
}
/** Reads the entries back (rows whose first cell is a version). */
function parseRollbacks(text) {
    const entries = [];
    for (const line of text.split('\n')) {
        const cells = line.split(/(?<!\\)\|/).slice(1, -1).map(cell => cell.trim().replace(/\\\|/g, '|'));
        if ((cells.length !== 5 && cells.length !== 6) || !/^\d+\.\d+\.\d+/.test(cells[0]))
            continue;
        const [version, date, reason, actor, restored, released] = cells;
        entries.push({ version, date, reason, actor, restored: restored === '—' ? '' : restored, ...(released && released !== '—' ? { released } : {}) });
    }
    return entries;
}
function rollbackCommitMessage(tag, restored, reason) {
    const why = reason.trim() ? `\n\n${reason.trim()}` : '';
    return `chore(release): roll back ${tag}${why}\n\nRollback-Of: ${tag}\nRestored-Version: ${restored || 'none'}\n`;
}

;// CONCATENATED MODULE: ./src/core/gates/defaults.ts

/** Every parameter at its default: the configuration when there is no file. */
function defaultGatesConfig() {
    return {
        requiredChecks: [],
        approvalRequirements: [],
        rollbackTriggers: [],
        slowGates: ['tests_pass', 'performance_regression'],
        baseBranch: 'main',
        tests: { source: 'command', timeoutMinutes: 30, ignoreChecks: [] },
        coverage: { minLineCoverage: 80 },
        security: { source: 'sarif', minSeverity: 'high' },
        docs: { sourcePaths: ['src/'], docsPaths: ['docs/', 'README.md'], migrationGuide: 'docs/migrations/v{major}.md' },
        performance: { maxRegression: 20, directions: {} },
        approvals: { technicalLead: [], securityTeam: [], productOwner: [] }
    };
}
/**
 * Which gates run: the `gates` input when given (`none` for none), else the file's required checks
 * (plus approvals when approval requirements are set), else clean_tree and up_to_date.
 */
function selectGates(input, config) {
    if (input !== null)
        return input.map(name => types/* GATE_ALIASES */.TN[name] ?? name);
    if (config) {
        const gates = [...config.requiredChecks];
        if (config.approvalRequirements.length > 0 && !gates.includes('approvals'))
            gates.push('approvals');
        return gates;
    }
    return ['clean_tree', 'up_to_date'];
}

;// CONCATENATED MODULE: ./src/adapters/github.ts
/** The GitHub REST calls of this action, behind a small interface (tests use a local server). */
/** A failed API call: which call, the HTTP status and GitHub's message (never the token). */
class GitHubApiError extends Error {
    call;
    status;
    constructor(call, status, detail) {
        super(`GitHub API ${call} failed${status ? ` with ${status}` : ''}: ${detail}`);
        this.call = call;
        this.status = status;
        this.name = 'GitHubApiError';
    }
}
/** One API call may take this long before it is abandoned. */
const TIMEOUT_MS = 30_000;
/** What to do about a failed call, by status. */
function adviceFor(status) {
    if (status === 401)
        return 'The token is invalid or expired: check github_token.';
    if (status === 403 || status === 404)
        return 'The token needs contents: write on this repository (permissions: contents: write in the workflow).';
    return 'GitHub failed or did not answer in time: run again later.';
}
/**
 * Octokit from @actions/github, loaded only when a call is made (runs that never call the API
 * don't pay its start-up). `apiUrl` is GITHUB_API_URL (GitHub Enterprise Server, or a test server).
 * Every failure becomes a GitHubApiError naming the call, with the token never in its text.
 */
class OctokitClient {
    token;
    apiUrl;
    owner;
    repo;
    client = null;
    constructor(token, repository, apiUrl) {
        this.token = token;
        this.apiUrl = apiUrl;
        const [owner, repo] = repository.split('/');
        this.owner = owner;
        this.repo = repo;
    }
    /** Makes the client; subclasses may add plugins. */
    create() {
        return __nccwpck_require__.e(/* import() */ 351).then(__nccwpck_require__.bind(__nccwpck_require__, 61351)).then(github => github.getOctokit(this.token, { baseUrl: this.apiUrl }));
    }
    octokit() {
        this.client ??= this.create();
        return this.client;
    }
    get request() {
        return { signal: AbortSignal.timeout(TIMEOUT_MS) };
    }
    failure(call, error) {
        const failure = error;
        const detail = failure.response?.data?.message ?? failure.message ?? String(error);
        return new GitHubApiError(call, failure.status, detail.split(this.token).join('***'));
    }
    /** Runs a call; `notFound` is what a 404 means (else it is a failure too). */
    async call(call, fn, notFound) {
        try {
            return await fn(await this.octokit());
        }
        catch (error) {
            if (notFound && error.status === 404)
                return notFound();
            throw this.failure(call, error);
        }
    }
}
class OctokitReleases extends OctokitClient {
    findReleaseByTag(tag) {
        return this.call(`GET /repos/${this.owner}/${this.repo}/releases/tags/${tag}`, async (octokit) => {
            const { data } = await octokit.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag, request: this.request });
            return { id: data.id, url: data.html_url };
        }, () => null);
    }
    deleteRelease(id) {
        return this.call(`DELETE /repos/${this.owner}/${this.repo}/releases/${id}`, async (octokit) => {
            await octokit.rest.repos.deleteRelease({ owner: this.owner, repo: this.repo, release_id: id, request: this.request });
        }, () => undefined); // already gone
    }
}
class OctokitGates extends OctokitClient {
    checkRuns(sha) {
        return this.call(`GET /repos/${this.owner}/${this.repo}/commits/${sha}/check-runs`, async (octokit) => {
            const runs = await octokit.paginate(octokit.rest.checks.listForRef, { owner: this.owner, repo: this.repo, ref: sha, per_page: 100, request: this.request });
            return runs.map(run => ({ name: run.name, status: run.status, conclusion: run.conclusion, detailsUrl: run.details_url ?? null }));
        });
    }
    openCodeScanningAlerts(ref) {
        return this.call(`GET /repos/${this.owner}/${this.repo}/code-scanning/alerts`, async (octokit) => {
            const alerts = await octokit.paginate(octokit.rest.codeScanning.listAlertsForRepo, { owner: this.owner, repo: this.repo, state: 'open', ref, per_page: 100, request: this.request });
            return alerts.map(alert => ({
                number: alert.number,
                ruleId: alert.rule.id ?? 'unknown-rule',
                securitySeverity: alert.rule.security_severity_level ?? null,
                severity: alert.rule.severity ?? null,
                description: alert.rule.description ?? alert.most_recent_instance?.message?.text ?? '',
                path: alert.most_recent_instance?.location?.path,
                line: alert.most_recent_instance?.location?.start_line,
                url: alert.html_url
            }));
        });
    }
    pullsForCommit(sha) {
        return this.call(`GET /repos/${this.owner}/${this.repo}/commits/${sha}/pulls`, async (octokit) => {
            const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner: this.owner, repo: this.repo, commit_sha: sha, request: this.request });
            return data.map(pull => ({ number: pull.number, mergedAt: pull.merged_at, url: pull.html_url }));
        });
    }
    reviews(pull) {
        return this.call(`GET /repos/${this.owner}/${this.repo}/pulls/${pull}/reviews`, async (octokit) => {
            const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner: this.owner, repo: this.repo, pull_number: pull, per_page: 100, request: this.request });
            return reviews.map(review => ({ user: review.user?.login ?? '', state: review.state, submittedAt: review.submitted_at ?? '' }));
        });
    }
    isTeamMember(org, team, user) {
        return this.call(`GET /orgs/${org}/teams/${team}/memberships/${user}`, async (octokit) => {
            const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: team, username: user, request: this.request });
            return data.state === 'active';
        }, () => false);
    }
}
function published(data) {
    return { id: data.id, url: data.html_url, uploadUrl: data.upload_url, assets: (data.assets ?? []).map(asset => ({ id: asset.id, name: asset.name })) };
}
/**
 * Octokit with the throttling and retry plugins: a primary or secondary rate limit waits as
 * GitHub asks (twice at most) instead of failing; 5xx answers are retried.
 */
class OctokitPublisher extends OctokitClient {
    onWait;
    constructor(token, repository, apiUrl, onWait = () => undefined) {
        super(token, repository, apiUrl);
        this.onWait = onWait;
    }
    create() {
        return Promise.all([__nccwpck_require__.e(/* import() */ 351).then(__nccwpck_require__.bind(__nccwpck_require__, 61351)), Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 86856)), Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49735))]).then(([github, { throttling }, { retry }]) => {
            const limit = (kind) => (retryAfter, options, _octokit, retryCount) => {
                if (retryCount >= 2)
                    return false;
                this.onWait(`GitHub ${kind} rate limit on ${options.method} ${options.url}: retrying in ${retryAfter} s`);
                return true;
            };
            return github.getOctokit(this.token, {
                baseUrl: this.apiUrl,
                throttle: { onRateLimit: limit('primary'), onSecondaryRateLimit: limit('secondary') },
                retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 422] }
            }, throttling, retry);
        });
    }
    releaseByTag(tag) {
        return this.call(`GET /repos/${this.owner}/${this.repo}/releases/tags/${tag}`, async (octokit) => published((await octokit.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag })).data), () => null);
    }
    body(params) {
        return { owner: this.owner, repo: this.repo, tag_name: params.tag, name: params.title, body: params.body, draft: params.draft, prerelease: params.prerelease, make_latest: params.makeLatest, target_commitish: params.targetCommitish };
    }
    createRelease(params) {
        return this.call(`POST /repos/${this.owner}/${this.repo}/releases`, async (octokit) => published((await octokit.rest.repos.createRelease(this.body(params))).data));
    }
    updateRelease(id, params) {
        return this.call(`PATCH /repos/${this.owner}/${this.repo}/releases/${id}`, async (octokit) => published((await octokit.rest.repos.updateRelease({ ...this.body(params), release_id: id })).data));
    }
    deleteAsset(id) {
        return this.call(`DELETE /repos/${this.owner}/${this.repo}/releases/assets/${id}`, async (octokit) => {
            await octokit.rest.repos.deleteReleaseAsset({ owner: this.owner, repo: this.repo, asset_id: id });
        });
    }
    uploadAsset(uploadUrl, name, contentType, data) {
        return this.call(`POST ${uploadUrl.replace(/\{.*$/, '')}?name=${name}`, async (octokit) => {
            const response = await octokit.request({ method: 'POST', url: uploadUrl, name, data, headers: { 'content-type': contentType, 'content-length': data.length } });
            const asset = response.data;
            return { id: asset.id, url: asset.browser_download_url };
        });
    }
}

;// CONCATENATED MODULE: ./src/usecases/gates.ts


/** The report readers (XML parser included), loaded by the gates that read reports. */
const reports = () => Promise.all(/* import() */[__nccwpck_require__.e(780), __nccwpck_require__.e(907)]).then(__nccwpck_require__.bind(__nccwpck_require__, 48907));


/** The release stopped at its gates; the report goes to the summary and outputs all the same. */
class GatesFailedError extends core_errors/* ConfigurationError */.j {
    report;
    plan;
    constructor(report, plan) {
        const failed = report.results.filter(r => r.status === 'fail');
        super(`${failed.length} release gate(s) failed, nothing was changed: ${failed.map(r => `${r.gate} (${r.reason})`).join('; ')}`);
        this.report = report;
        this.plan = plan;
        this.name = 'GatesFailedError';
    }
}
const DEFAULT_CONFIG_FILE = '.github/release-gates.yml';
const REMOTE = 'origin';
/** Reads the gates configuration: the gates_config file, or the default path when it exists. */
async function loadGatesConfig(settings, files) {
    const file = settings.gatesConfig || DEFAULT_CONFIG_FILE;
    const text = files.read(file);
    if (text === null) {
        if (settings.gatesConfig)
            throw new core_errors/* ConfigurationError */.j(`gates_config names ${settings.gatesConfig}, which does not exist. Fix the path, or remove the input to use ${DEFAULT_CONFIG_FILE} when present.`);
        return { config: null, file: null };
    }
    const { parseGatesConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(225), __nccwpck_require__.e(952)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77952));
    return { config: parseGatesConfig(text, file), file };
}
function apiFailure(error) {
    return error instanceof GitHubApiError ? error.message : `unexpected failure: ${error.message ?? String(error)}`;
}
const gates = {
    async clean_tree(_config, _input, deps, settings) {
        const own = new Set([settings.releaseNotesFile, 'release-metrics.json']);
        const dirty = (await deps.git.changedPaths()).filter(path => !own.has(path));
        if (dirty.length === 0)
            return (0,types/* result */.Ke)('clean_tree', 'pass', 'no uncommitted or untracked changes');
        return (0,types/* result */.Ke)('clean_tree', 'fail', `${dirty.length} uncommitted or untracked path(s): commit, stash or remove them`, dirty.slice(0, 20));
    },
    async up_to_date(config, input, deps, settings) {
        const base = input.plan.hotfix && input.branch ? input.branch : settings.baseBranch || config.baseBranch;
        if (!(await deps.git.remoteUrl(REMOTE)))
            return (0,types/* result */.Ke)('up_to_date', 'skipped', `no ${REMOTE} remote to compare with`);
        let remoteSha;
        try {
            remoteSha = await deps.git.remoteBranch(REMOTE, base);
            if (remoteSha && !(await deps.git.hasCommit(remoteSha)))
                await deps.git.fetchObjects(REMOTE, base);
        }
        catch (error) {
            return (0,types/* result */.Ke)('up_to_date', 'fail', `could not read ${REMOTE}/${base}: ${error.message}`);
        }
        if (!remoteSha)
            return (0,types/* result */.Ke)('up_to_date', 'skipped', `${REMOTE} has no branch ${base} (base_branch)`);
        const missing = await deps.git.countMissing(input.head, remoteSha);
        if (missing === 0)
            return (0,types/* result */.Ke)('up_to_date', 'pass', `HEAD contains ${REMOTE}/${base} (${remoteSha.slice(0, 7)})`);
        return (0,types/* result */.Ke)('up_to_date', 'fail', `HEAD is missing ${missing} commit(s) of ${REMOTE}/${base} (${remoteSha.slice(0, 7)}): merge or rebase onto it`);
    },
    async tests_pass(config, input, deps) {
        if (config.tests.source === 'checks') {
            if (!deps.github)
                return (0,types/* result */.Ke)('tests_pass', 'fail', 'source: checks needs github_token and GITHUB_REPOSITORY');
            let runs;
            try {
                runs = await deps.github.checkRuns(input.head);
            }
            catch (error) {
                return (0,types/* result */.Ke)('tests_pass', 'fail', apiFailure(error));
            }
            const own = deps.runId ? `/actions/runs/${deps.runId}/` : null;
            const relevant = runs.filter(run => !config.tests.ignoreChecks.includes(run.name) && !(own && run.detailsUrl?.includes(own)));
            if (relevant.length === 0)
                return (0,types/* result */.Ke)('tests_pass', 'fail', `no check runs on ${input.head.slice(0, 7)} to rely on`);
            const bad = relevant.filter(run => run.status !== 'completed' || !['success', 'neutral', 'skipped'].includes(run.conclusion ?? ''));
            const lines = bad.map(run => `${run.name}: ${run.status === 'completed' ? run.conclusion : run.status}`);
            return bad.length === 0
                ? (0,types/* result */.Ke)('tests_pass', 'pass', `all ${relevant.length} check run(s) on ${input.head.slice(0, 7)} succeeded`)
                : (0,types/* result */.Ke)('tests_pass', 'fail', `${bad.length} of ${relevant.length} check run(s) did not succeed`, lines);
        }
        if (!config.tests.command)
            return (0,types/* result */.Ke)('tests_pass', 'fail', 'no test command: set gates.tests_pass.command (or source: checks) in the gates configuration');
        const run = await deps.commands.run(config.tests.command, { cwd: deps.cwd, timeoutMs: config.tests.timeoutMinutes * 60_000 });
        if (run.error)
            return (0,types/* result */.Ke)('tests_pass', 'fail', `\`${config.tests.command}\` ${run.error}`, run.tail);
        return run.exitCode === 0
            ? (0,types/* result */.Ke)('tests_pass', 'pass', `\`${config.tests.command}\` passed`, run.tail.slice(-5))
            : (0,types/* result */.Ke)('tests_pass', 'fail', `\`${config.tests.command}\` exited with ${run.exitCode}`, run.tail);
    },
    async coverage(config, _input, deps) {
        const candidates = config.coverage.report ? [config.coverage.report] : ['coverage.xml', 'coverage.json', 'lcov.info', 'coverage/lcov.info', 'coverage/cobertura-coverage.xml'];
        const file = candidates.find(candidate => deps.files.read(candidate) !== null);
        if (!file)
            return (0,types/* result */.Ke)('coverage', 'fail', `no coverage report at ${candidates.join(', ')}`);
        const { lineCoverage, ReportError } = await reports();
        try {
            const { percent, format } = lineCoverage(deps.files.read(file), file);
            const shown = `${percent.toFixed(1)} %`;
            return percent + 1e-9 >= config.coverage.minLineCoverage
                ? (0,types/* result */.Ke)('coverage', 'pass', `line coverage ${shown} ≥ ${config.coverage.minLineCoverage} % (${format}, ${file})`)
                : (0,types/* result */.Ke)('coverage', 'fail', `line coverage ${shown} < ${config.coverage.minLineCoverage} % (${format}, ${file})`, [], [{ level: 'error', message: `Line coverage ${shown} is below ${config.coverage.minLineCoverage} %`, file }]);
        }
        catch (error) {
            return (0,types/* result */.Ke)('coverage', 'fail', error instanceof ReportError ? error.message : `${file}: ${error.message}`);
        }
    },
    async security_scan_clean(config, input, deps) {
        const minimum = config.security.minSeverity;
        const { atLeast, ReportError, sarifFindings } = await reports();
        let findings = [];
        let source;
        if (config.security.source === 'code-scanning') {
            if (!deps.github)
                return (0,types/* result */.Ke)('security_scan_clean', 'fail', 'source: code-scanning needs github_token and GITHUB_REPOSITORY');
            try {
                const alerts = await deps.github.openCodeScanningAlerts(input.head);
                findings = alerts.map(alert => ({
                    ruleId: alert.ruleId,
                    severity: (alert.securitySeverity ?? (alert.severity === 'error' ? 'high' : alert.severity === 'warning' ? 'medium' : 'low')),
                    message: `${alert.description} (${alert.url})`,
                    file: alert.path,
                    line: alert.line,
                    tool: 'code scanning'
                }));
            }
            catch (error) {
                return (0,types/* result */.Ke)('security_scan_clean', 'fail', apiFailure(error));
            }
            source = 'open code scanning alerts';
        }
        else {
            const pattern = config.security.sarif ?? '**/*.sarif';
            const matched = await deps.files.glob(pattern);
            if (matched.length === 0)
                return (0,types/* result */.Ke)('security_scan_clean', 'fail', `no SARIF files match ${pattern}: run the scanners first or fix gates.security_scan_clean.sarif`);
            for (const file of matched) {
                try {
                    findings.push(...sarifFindings(deps.files.read(file) ?? '', file));
                }
                catch (error) {
                    return (0,types/* result */.Ke)('security_scan_clean', 'fail', error instanceof ReportError ? error.message : `${file}: ${error.message}`);
                }
            }
            source = `${matched.length} SARIF file(s)`;
        }
        const blocking = findings.filter(finding => atLeast(finding.severity, minimum));
        const annotations = blocking.slice(0, 50).map(finding => ({
            level: 'error',
            message: `[${finding.tool}] ${finding.ruleId} (${finding.severity}): ${finding.message}`,
            file: finding.file,
            line: finding.line
        }));
        return blocking.length === 0
            ? (0,types/* result */.Ke)('security_scan_clean', 'pass', `no findings at or above ${minimum} in ${source} (${findings.length} below)`)
            : (0,types/* result */.Ke)('security_scan_clean', 'fail', `${blocking.length} finding(s) at or above ${minimum} in ${source}`, blocking.slice(0, 20).map(f => `${f.severity} ${f.ruleId} ${f.file ?? ''}${f.line ? `:${f.line}` : ''}`), annotations);
    },
    async docs_updated(config, input, deps) {
        const { plan } = input;
        if (!plan.previousTag)
            return (0,types/* result */.Ke)('docs_updated', 'skipped', 'first release: no previous release to compare with');
        const { migrationGuidePath, under } = await reports();
        const changed = await deps.git.diffNames(plan.previousTag, input.head);
        const source = under(changed, config.docs.sourcePaths);
        const docs = under(changed, config.docs.docsPaths);
        const problems = [];
        if (source.length > 0 && docs.length === 0)
            problems.push(`${source.length} file(s) under ${config.docs.sourcePaths.join(', ')} changed since ${plan.previousTag} but nothing under ${config.docs.docsPaths.join(', ')}`);
        if (plan.bump === 'major') {
            const guide = migrationGuidePath(config.docs.migrationGuide, plan.version);
            if (deps.files.read(guide) === null)
                problems.push(`a major release needs a migration guide at ${guide}`);
        }
        if (problems.length > 0)
            return (0,types/* result */.Ke)('docs_updated', 'fail', problems.join('; '), source.slice(0, 10));
        return (0,types/* result */.Ke)('docs_updated', 'pass', source.length === 0 ? 'no source changes since the previous release' : `${docs.length} documentation file(s) changed with ${source.length} source file(s)`);
    },
    async performance_regression(config, input, deps) {
        const { plan } = input;
        const current = config.performance.current ?? 'benchmarks.json';
        const baselinePath = config.performance.baseline ?? current;
        if (!plan.previousTag)
            return (0,types/* result */.Ke)('performance_regression', 'skipped', 'first release: no previous benchmark to compare with');
        const now = deps.files.read(current);
        if (now === null)
            return (0,types/* result */.Ke)('performance_regression', 'fail', `no benchmark results at ${current} from this run`);
        const before = await deps.git.show(plan.previousTag, baselinePath);
        if (before === null) {
            return (0,types/* result */.Ke)('performance_regression', 'skipped', `no baseline ${baselinePath} at ${plan.previousTag}: commit the benchmark results with each release so the next can compare`, [], [{ level: 'warning', message: `performance_regression: no baseline at ${plan.previousTag}:${baselinePath}` }]);
        }
        const { benchmarkMetrics, comparePerformance, ReportError } = await reports();
        try {
            const rows = comparePerformance(benchmarkMetrics(now, current), benchmarkMetrics(before, `${plan.previousTag}:${baselinePath}`), config.performance.directions);
            if (rows.length === 0)
                return (0,types/* result */.Ke)('performance_regression', 'fail', `no metric of ${current} is in the baseline ${plan.previousTag}:${baselinePath}`);
            const details = rows.map(r => `${r.metric}: ${r.baseline} → ${r.current} (${r.direction} is better, ${r.regressionPercent >= 0 ? '+' : ''}${r.regressionPercent.toFixed(1)} % worse)`);
            const bad = rows.filter(r => r.regressionPercent > config.performance.maxRegression);
            return bad.length === 0
                ? (0,types/* result */.Ke)('performance_regression', 'pass', `${rows.length} metric(s) within ${config.performance.maxRegression} % of ${plan.previousTag}`, details)
                : (0,types/* result */.Ke)('performance_regression', 'fail', `${bad.map(r => `${r.metric} ${r.regressionPercent.toFixed(1)} % worse`).join(', ')} than ${plan.previousTag} (limit ${config.performance.maxRegression} %)`, details);
        }
        catch (error) {
            return (0,types/* result */.Ke)('performance_regression', 'fail', error instanceof ReportError ? error.message : error.message);
        }
    },
    async approvals(config, input, deps) {
        if (!deps.github)
            return (0,types/* result */.Ke)('approvals', 'fail', 'approvals need github_token and GITHUB_REPOSITORY');
        const { plan } = input;
        const wanted = config.approvalRequirements.length > 0 ? config.approvalRequirements : ['technical_lead_approval', 'security_team_approval', 'product_owner_approval'];
        const roles = [];
        if (wanted.includes('technical_lead_approval'))
            roles.push({ role: 'technical lead', members: config.approvals.technicalLead });
        if (wanted.includes('security_team_approval') && plan.bump === 'major')
            roles.push({ role: 'security team (major release)', members: config.approvals.securityTeam });
        if (wanted.includes('product_owner_approval') && plan.bump === 'minor')
            roles.push({ role: 'product owner (feature release)', members: config.approvals.productOwner });
        try {
            const pulls = await deps.github.pullsForCommit(input.head);
            const pull = pulls.find(candidate => candidate.mergedAt) ?? pulls[0];
            if (!pull)
                return (0,types/* result */.Ke)('approvals', 'fail', `HEAD (${input.head.slice(0, 7)}) did not come from a pull request, so it has no reviews`);
            const latest = new Map();
            for (const review of [...(await deps.github.reviews(pull.number))].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))) {
                if (review.state === 'COMMENTED')
                    continue;
                latest.set(review.user, review.state);
            }
            const approvers = [...latest].filter(([, state]) => state === 'APPROVED').map(([user]) => user);
            const lines = [];
            const missing = [];
            for (const { role, members } of roles) {
                if (members.length === 0) {
                    missing.push(`${role}: no one is configured (gates.approvals)`);
                    continue;
                }
                let by = null;
                for (const approver of approvers) {
                    for (const member of members) {
                        const [org, team] = member.split('/');
                        if (team ? await deps.github.isTeamMember(org, team, approver) : member.toLowerCase() === approver.toLowerCase())
                            by = approver;
                        if (by)
                            break;
                    }
                    if (by)
                        break;
                }
                if (by)
                    lines.push(`${role}: approved by ${by}`);
                else
                    missing.push(`${role}: no approval from ${members.join(', ')}`);
            }
            return missing.length === 0
                ? (0,types/* result */.Ke)('approvals', 'pass', `pull request #${pull.number} has every approval a ${plan.bump} release needs`, lines)
                : (0,types/* result */.Ke)('approvals', 'fail', `pull request #${pull.number} lacks ${missing.length} approval(s)`, [...lines, ...missing]);
        }
        catch (error) {
            return (0,types/* result */.Ke)('approvals', 'fail', apiFailure(error));
        }
    }
};
/** Runs every selected gate (none stops the others) and reports; changes nothing. */
async function runGates(settings, input, deps) {
    const { config: loaded, file } = await loadGatesConfig(settings, deps.files);
    const selected = selectGates(settings.gates, loaded);
    const config = loaded ?? defaultGatesConfig();
    const skipSlow = settings.severity === 'critical';
    const results = [];
    for (const name of selected) {
        if (skipSlow && config.slowGates.includes(name)) {
            results.push((0,types/* result */.Ke)(name, 'skipped', 'severity: critical skips the slow gates (SKIP_SLOW_TESTS=true)'));
            continue;
        }
        try {
            results.push(await deps.log.group(`Gate ${name}`, () => gates[name](config, input, deps, settings)));
        }
        catch (error) {
            results.push((0,types/* result */.Ke)(name, 'fail', `the gate could not run: ${error.message ?? String(error)}`));
        }
        const last = results[results.length - 1];
        deps.log.info(`${last.gate}: ${last.status} — ${last.reason}`);
    }
    return {
        results,
        failed: results.some(r => r.status === 'fail'),
        skipSlowTests: skipSlow,
        rollbackTriggers: config.rollbackTriggers,
        configFile: file
    };
}

;// CONCATENATED MODULE: ./src/usecases/project.ts

/** The Python distribution name from pyproject.toml ([project] or [tool.poetry]), or null. */
function packageNameFrom(files) {
    const text = files.read('pyproject.toml');
    if (!text)
        return null;
    try {
        const data = parse(text);
        const name = data.project?.name ?? data.tool?.poetry?.name;
        return typeof name === 'string' ? name : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/usecases/release.ts











const release_REMOTE = 'origin';
/**
 * Files that may hold the version: at the root and in src/*\/ (Python), and Swift sources in
 * Sources/*\/ of a Swift package at the root or one folder down (ios/Sources/Kit/Version.swift).
 */
function detectVersionFiles(files) {
    const found = [];
    const rootNames = ['pyproject.toml', 'setup.cfg', 'setup.py', 'package.json', '__init__.py', '_version.py', 'version.py'];
    const packageNames = ['__init__.py', '_version.py', 'version.py'];
    const root = files.list('.');
    for (const entry of root) {
        if (!entry.directory && (rootNames.includes(entry.name) || entry.name.endsWith('.swift')))
            found.push(entry.name);
    }
    const swiftRoots = ['Sources', ...root.filter(entry => entry.directory && !entry.name.startsWith('.') && entry.name !== 'node_modules').map(entry => `${entry.name}/Sources`)];
    for (const base of ['src', ...swiftRoots]) {
        for (const dir of files.list(base).filter(entry => entry.directory)) {
            for (const entry of files.list(`${base}/${dir.name}`)) {
                if (entry.directory)
                    continue;
                if ((base === 'src' && packageNames.includes(entry.name)) || entry.name.endsWith('.swift'))
                    found.push(`${base}/${dir.name}/${entry.name}`);
            }
        }
    }
    return found.sort();
}
function isoDate(now) {
    return now.toISOString().slice(0, 10);
}
/** A hotfix patches the release it fixes: no features or breaking changes unless allowed. */
function checkHotfix(settings, previous, commits, branch) {
    if (!previous) {
        throw new core_errors/* ConfigurationError */.j(`Hotfix branch ${branch} has no release tag (${settings.tagPrefix}X.Y.Z) in its history, so there is no release to patch. Cut hotfix branches from the release tag they fix: git switch -c hotfix/NAME ${settings.tagPrefix}X.Y.Z.`);
    }
    if (settings.allowFeatures)
        return;
    for (const analyzed of commits) {
        if (analyzed.merge || analyzed.skip)
            continue;
        const bad = analyzed.changes.find(change => change.breaking || change.type === 'feat' || change.type === 'feature');
        if (bad) {
            throw new core_errors/* ConfigurationError */.j(`Hotfix branch ${branch} has ${bad.breaking ? 'a breaking change' : 'a feature'}: ${analyzed.sha.slice(0, 7)} "${bad.header.slice(0, 100).replace(/[\r\n]/g, ' ')}". ` +
                `A hotfix is a patch of ${previous.name}: move that commit to main, or set allow_features: true to ship it in the patch anyway.`);
        }
    }
}
/** Reads history and decides the release; writes nothing. */
async function readAndPlan(settings, deps) {
    const { git, log } = deps;
    const branchName = deps.env.refName || (await git.branch()) || '';
    const hotfix = settings.mode === 'hotfix' || (settings.mode === 'release' && branchName.startsWith('hotfix/'));
    if (hotfix && !settings.severity) {
        throw new core_errors/* ConfigurationError */.j(`A hotfix release (${settings.mode === 'hotfix' ? 'mode: hotfix' : `branch ${branchName}`}) needs the severity input: critical, high or medium.`);
    }
    if (!(await git.isRepository())) {
        throw new core_errors/* ConfigurationError */.j('This directory is not a git repository. Check the repository out first (actions/checkout with fetch-depth: 0), or run from inside a clone.');
    }
    const [head, shallow, originUrl, allRefs] = await Promise.all([git.head(), git.isShallow(), git.remoteUrl(release_REMOTE), git.tags(settings.tagPrefix)]);
    if (!head)
        throw new core_errors/* ConfigurationError */.j('The repository has no commits yet: there is nothing to release.');
    const allTags = version_releaseTags(allRefs, settings.tagPrefix);
    const repoUrl = repoUrlFrom(deps.env.serverUrl, deps.env.repository, originUrl);
    const packageName = settings.packageName || packageNameFrom(deps.files);
    // The previous release is the highest stable tag reachable from HEAD. The highest tag of all
    // usually is: its log with --boundary proves it (the tag is a boundary commit of its range),
    // so one walk serves both. Otherwise ask git which tags are reachable, and read again.
    let commits = [];
    const readRange = async (exclude) => {
        commits = [];
        return log.group(`Reading history ${exclude ? `since ${exclude.name}` : '(no release tag yet)'}`, async () => {
            // each commit is analyzed as it streams in; its message is not kept
            const boundary = await git.log(exclude?.sha ?? null, commit => commits.push(analyzeCommit(commit)));
            log.info(`${commits.length} commit(s) since ${exclude ? exclude.name : 'the first commit'}`);
            return boundary;
        });
    };
    const reachableTags = async () => version_releaseTags(await git.tags(settings.tagPrefix, 'HEAD'), settings.tagPrefix);
    let previous = highestStable(allTags);
    if (previous && previous.sha !== head && !(await readRange(previous)).has(previous.sha)) {
        previous = highestStable(await reachableTags());
        if (previous && previous.sha !== head)
            await readRange(previous);
    }
    if (!previous && shallow) {
        throw new core_errors/* ConfigurationError */.j('This is a shallow clone and no release tag is reachable from HEAD, so the previous release cannot be found. ' +
            'Check out the full history: actions/checkout with fetch-depth: 0 (or git fetch --unshallow --tags).');
    }
    if (!previous)
        await readRange(null);
    // A tag at HEAD made by an earlier run of this action whose push did not happen.
    if (previous && previous.sha === head && (await git.subject('HEAD')) === `chore(release): ${previous.name}`) {
        const below = highestStable((await reachableTags()).filter(tag => tag.name !== previous.name));
        const { notes, meta } = release_record_parseTagMessage(await git.tagMessage(previous.name));
        log.info(`${previous.name} already tags HEAD (a release commit of an earlier run): completing it.`);
        const plan = {
            released: true,
            version: previous.version,
            tag: previous.name,
            previousVersion: below?.version ?? '',
            previousTag: below?.name ?? '',
            bump: 'none',
            reason: `${previous.name} was already made at HEAD by an earlier run`,
            decision: { bump: 'none', changes: [], drivers: [], cancelled: new Set(), skipped: [], releaseAs: null, reason: '' },
            notes,
            changelogSection: '',
            commitCount: 0,
            hotfix: meta?.type === 'hotfix',
            tagMeta: meta ?? { type: 'release' }
        };
        return { plan, head, resumed: true, shallow, commitTimes: [] };
    }
    if (hotfix)
        checkHotfix(settings, previous, commits, branchName);
    const plan = planRelease({ settings, commits, previous, allTags, repoUrl, packageName, date: isoDate(deps.env.now), hotfix: hotfix ? { severity: settings.severity } : undefined });
    log.info(plan.released ? `Next version: ${plan.version} (${plan.bump}${hotfix ? `, hotfix of ${previous?.name}` : ''})` : 'No release');
    if (plan.released) {
        const clash = allTags.find(tag => tag.name === plan.tag);
        if (clash && hotfix) {
            throw new core_errors/* ConfigurationError */.j(`Hotfix tag ${plan.tag} already exists (commit ${clash.sha.slice(0, 12)}): ${previous?.name} already has that patch release. ` +
                'Cut the hotfix branch from the newest release it should fix (the tag itself), or release from main.');
        }
        if (clash && clash.sha !== head) {
            throw new core_errors/* ConfigurationError */.j(`Tag ${plan.tag} already exists on commit ${clash.sha.slice(0, 12)}, which is not HEAD (${head.slice(0, 12)}). ` +
                'Delete or move that tag if it was a mistake, or release a different version (bump, prerelease or a Release-As footer).');
        }
    }
    return { plan, head, resumed: false, shallow, commitTimes: commits.map(commit => commit.time) };
}
/** Computes every file edit in memory, so that bad input fails before anything is written. */
function prepareFiles(settings, plan, files) {
    const prepared = [];
    const changes = [];
    const listed = new Set(settings.versionFiles);
    for (const file of listed) {
        if (files.read(file) === null)
            throw new core_errors/* ConfigurationError */.j(`version_files names ${file}, which does not exist. Fix the path or remove it from version_files.`);
    }
    const candidates = [...new Set([...settings.versionFiles, ...detectVersionFiles(files)])];
    for (const file of candidates) {
        const text = files.read(file);
        if (text === null)
            continue;
        const edit = listed.has(file)
            ? replaceVersion(file, text, plan.version)
            : (() => {
                try {
                    return locateVersion(kindOf(file), text) ? replaceVersion(file, text, plan.version) : null;
                }
                catch {
                    return null; // an auto-detected file we cannot read is not ours to fail on
                }
            })();
        if (!edit) {
            if (listed.has(file)) {
                throw new core_errors/* ConfigurationError */.j(`version_files names ${file}, but it holds no version string this action can update (${kindOf(file)} file). Add one, such as version = "${plan.previousVersion || '0.0.0'}", or remove it from version_files.`);
            }
            continue;
        }
        prepared.push({ path: file, original: text, text: edit.text });
        changes.push({ path: file, from: edit.oldVersion, to: plan.version });
    }
    if (settings.changelogFile && !settings.dryRun) {
        const original = files.read(settings.changelogFile);
        prepared.push({ path: settings.changelogFile, original, text: prependChangelog(original, plan.changelogSection) });
    }
    return { prepared, changes };
}
function restore(files, prepared) {
    for (const file of prepared) {
        if (file.original !== null)
            files.write(file.path, file.original);
    }
}
async function runRelease(settings, deps) {
    const { git, files, log } = deps;
    const { plan, head, resumed, commitTimes } = await readAndPlan(settings, deps);
    const result = { plan, dryRun: settings.dryRun, notesFile: settings.releaseNotesFile, versionFiles: [], commitSha: '', pushed: false, resumed, gates: null, commitTimes };
    if (!plan.released)
        return result;
    const branch = await git.branch();
    if (settings.push && !branch) {
        throw new core_errors/* ConfigurationError */.j('push: true needs a branch, but HEAD is detached. Check out the branch to release (actions/checkout with ref: main), or set push: false.');
    }
    if (resumed) {
        const finish = deps.publish ? await deps.publish(plan, head) : null;
        files.write(settings.releaseNotesFile, plan.notes);
        if (settings.push && !settings.dryRun && branch) {
            await pushRelease(git, branch, plan.tag, log);
            result.pushed = true;
        }
        result.commitSha = settings.dryRun ? '' : head;
        await finish?.(result.commitSha);
        return result;
    }
    const { prepared, changes } = prepareFiles(settings, plan, files);
    result.versionFiles = changes;
    for (const change of changes)
        log.info(`${change.path}: ${change.from} → ${change.to}`);
    // the gates decide before anything is written; a dry run runs them too (a faithful rehearsal)
    if (deps.gates) {
        result.gates = await deps.gates({ plan, head, branch: deps.env.refName || branch });
        if (result.gates.failed)
            throw new GatesFailedError(result.gates, plan);
    }
    const finish = deps.publish ? await deps.publish(plan, head) : null;
    if (settings.dryRun) {
        files.write(settings.releaseNotesFile, plan.notes);
        log.info(`Dry run: wrote ${settings.releaseNotesFile} only.`);
        await finish?.('');
        return result;
    }
    const identity = (await git.configuredIdentity()) ? null : BOT_IDENTITY;
    await log.group(`Writing release ${plan.tag}`, async () => {
        try {
            for (const file of prepared)
                files.write(file.path, file.text);
            const paths = prepared.map(file => file.path);
            await git.add(paths);
            result.commitSha = await git.commit(`chore(release): ${plan.tag}`, identity, paths);
        }
        catch (error) {
            restore(files, prepared);
            await git.resetKeep(head).catch(() => undefined);
            throw error;
        }
        try {
            await git.tag(plan.tag, formatTagMessage(plan.notes, plan.tagMeta), identity);
        }
        catch (error) {
            await git.resetKeep(head);
            throw error;
        }
        files.write(settings.releaseNotesFile, plan.notes);
        log.info(`Committed ${result.commitSha.slice(0, 12)} and tagged ${plan.tag}`);
    });
    if (settings.push && branch) {
        try {
            await pushRelease(git, branch, plan.tag, log);
            result.pushed = true;
        }
        catch (error) {
            // Nothing reached the remote (atomic push): undo the local commit and tag too.
            await git.deleteTag(plan.tag);
            await git.resetKeep(head);
            const detail = error instanceof GitError ? error.stderr.trim().split('\n').slice(-4).join(' | ') : String(error);
            throw new core_errors/* ConfigurationError */.j(`The push to ${release_REMOTE} was rejected: ${detail}. Nothing was pushed, and the local release commit and tag ${plan.tag} were undone (HEAD is back at ${head.slice(0, 12)}). ` +
                'Bring the branch up to date with the remote (or fix the permission) and run again.');
        }
    }
    await finish?.(result.commitSha);
    return result;
}
async function pushRelease(git, branch, tag, log) {
    await log.group(`Pushing ${branch} and ${tag} to ${release_REMOTE} (atomic)`, async () => {
        await git.pushAtomic(release_REMOTE, [`HEAD:refs/heads/${branch}`, `refs/tags/${tag}:refs/tags/${tag}`]);
    });
}

;// CONCATENATED MODULE: ./src/usecases/rollback.ts







const rollback_REMOTE = 'origin';
function gitDetail(error) {
    return error instanceof GitError ? error.stderr.trim().split('\n').slice(-3).join(' | ') : String(error);
}
/**
 * Rolls a release back: records it (docs/ROLLBACKS.md, committed), deletes the tag on origin and
 * locally, deletes the GitHub release, pushes the record, and names the manual steps.
 * Each step checks whether it is already done, so a rerun after a partial rollback completes it.
 */
async function runRollback(settings, deps) {
    const { git, files, log } = deps;
    if (!(await git.isRepository())) {
        throw new core_errors/* ConfigurationError */.j('This directory is not a git repository. Check the repository out first (actions/checkout with fetch-depth: 0).');
    }
    const version = settings.version;
    const tag = `${settings.tagPrefix}${version}`;
    const [head, branch, originUrl, localRefs] = await Promise.all([git.head(), git.branch(), git.remoteUrl(rollback_REMOTE), git.tags(settings.tagPrefix)]);
    if (!head)
        throw new core_errors/* ConfigurationError */.j('The repository has no commits: there is nothing to roll back.');
    if (settings.push && !branch) {
        throw new core_errors/* ConfigurationError */.j('push: true needs a branch to push the rollback record to, but HEAD is detached. Check out the default branch (actions/checkout with ref: main), or set push: false.');
    }
    const localTags = version_releaseTags(localRefs, settings.tagPrefix);
    const localTag = localTags.find(candidate => candidate.name === tag) ?? null;
    const onRemote = originUrl ? await git.remoteHasTag(rollback_REMOTE, tag) : false;
    const recordText = files.read(settings.rollbackRecord);
    const recorded = recordText !== null && parseRollbacks(recordText).some(entry => entry.version === version);
    if (!localTag && !onRemote && !recorded) {
        const known = localTags.filter(candidate => !candidate.prerelease).map(candidate => candidate.name);
        throw new core_errors/* ConfigurationError */.j(`There is no release tag ${tag} here or on ${rollback_REMOTE}, and no rollback of ${version} is recorded in ${settings.rollbackRecord}: nothing to roll back. ` +
            (known.length > 0 ? `Release tags: ${known.slice(-10).join(', ')}.` : `This repository has no ${settings.tagPrefix}X.Y.Z release tags.`));
    }
    const latest = highestStable(localTags);
    if (localTag && latest && latest.name !== tag && !settings.force) {
        throw new core_errors/* ConfigurationError */.j(`${tag} is not the latest release (${latest.name} is). Rolling back an older release leaves ${latest.name} in place; if that is what you want, set force: true.`);
    }
    const restored = highestStable(localTags.filter(candidate => candidate.name !== tag && semver_default().lt(candidate.version, version)));
    const restoredVersion = restored?.version ?? '';
    const steps = [];
    const step = (name, status, detail) => {
        steps.push({ step: name, status, detail });
        log.info(`${name}: ${status}${detail ? ` (${detail})` : ''}`);
    };
    const dry = settings.dryRun;
    let recordCommit = '';
    // 1. the record, first: it marks the rollback as under way, so a rerun knows to finish it
    if (recorded)
        step('record', 'already done', `${settings.rollbackRecord} lists ${version}`);
    else if (dry)
        step('record', 'would do', `append ${version} to ${settings.rollbackRecord} and commit it`);
    else {
        const made = localTag ? (await git.tagDetails(tag)).find(detail => detail.name === tag)?.time : undefined;
        const entry = {
            version,
            date: deps.env.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
            reason: settings.reason,
            actor: deps.env.actor || (await git.configuredIdentity())?.name || 'unknown',
            restored: restoredVersion,
            ...(made ? { released: new Date(made * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') } : {})
        };
        files.write(settings.rollbackRecord, appendRollback(recordText, entry));
        try {
            await git.add([settings.rollbackRecord]);
            const identity = (await git.configuredIdentity()) ? null : BOT_IDENTITY;
            recordCommit = await git.commit(rollbackCommitMessage(tag, restoredVersion, settings.reason), identity, [settings.rollbackRecord]);
        }
        catch (error) {
            await git.unstage([settings.rollbackRecord]);
            if (recordText === null)
                files.remove(settings.rollbackRecord);
            else
                files.write(settings.rollbackRecord, recordText);
            throw error;
        }
        step('record', 'done', `${settings.rollbackRecord} (commit ${recordCommit.slice(0, 12)})`);
    }
    // 2. the tag on origin
    if (!onRemote)
        step('remote tag', originUrl ? 'already done' : 'skipped', originUrl ? `${rollback_REMOTE} has no ${tag}` : `no ${rollback_REMOTE} remote`);
    else if (dry)
        step('remote tag', 'would do', `delete ${tag} on ${rollback_REMOTE}`);
    else {
        try {
            await git.deleteRemoteTag(rollback_REMOTE, tag);
        }
        catch (error) {
            if (recordCommit)
                await git.resetKeep(head); // takes the record file back to what it was
            throw new core_errors/* ConfigurationError */.j(`${rollback_REMOTE} refused to delete tag ${tag}: ${gitDetail(error)}. Nothing was changed${recordCommit ? ' (the record commit was undone)' : ''}. ` +
                'Allow tag deletion for this token (branch/tag protection rules, receive.denyDeletes) and run the rollback again.');
        }
        step('remote tag', 'done', `deleted ${tag} on ${rollback_REMOTE}`);
    }
    // 3. the local tag
    if (!localTag)
        step('local tag', 'already done', `no local ${tag}`);
    else if (dry)
        step('local tag', 'would do', `delete ${tag} locally`);
    else {
        await git.deleteTag(tag);
        step('local tag', 'done', `deleted ${tag}`);
    }
    // 4. the GitHub release
    const doneSoFar = () => steps.filter(s => s.status === 'done').map(s => s.step).join(', ') || 'nothing';
    if (!deps.github)
        step('GitHub release', 'skipped', 'no github_token or GITHUB_REPOSITORY: delete the release by hand if there is one');
    else {
        try {
            const release = await deps.github.findReleaseByTag(tag);
            if (!release)
                step('GitHub release', 'already done', `no release for ${tag}`);
            else if (dry)
                step('GitHub release', 'would do', `delete ${release.url}`);
            else {
                await deps.github.deleteRelease(release.id);
                step('GitHub release', 'done', `deleted ${release.url}`);
            }
        }
        catch (error) {
            if (!(error instanceof GitHubApiError))
                throw error;
            throw new core_errors/* ConfigurationError */.j(`${error.message}. Done so far: ${doneSoFar()}. ${adviceFor(error.status)} Running the rollback again resumes where it stopped.`);
        }
    }
    // 5. push the record
    let pushed = false;
    if (!settings.push)
        step('push record', 'skipped', 'push: false');
    else if (dry)
        step('push record', 'would do', `push ${branch} to ${rollback_REMOTE}`);
    else {
        try {
            await git.pushAtomic(rollback_REMOTE, [`HEAD:refs/heads/${branch}`]);
            pushed = true;
            step('push record', 'done', `pushed ${branch}`);
        }
        catch (error) {
            throw new core_errors/* ConfigurationError */.j(`The push of the rollback record to ${rollback_REMOTE} was rejected: ${gitDetail(error)}. Done so far: ${doneSoFar()}. Bring ${branch} up to date and run the rollback again.`);
        }
    }
    // 6. what only a person can do
    const packageName = settings.packageName || packageNameFrom(files);
    const manual = [];
    manual.push(packageName
        ? `PyPI: a release cannot be deleted by this action. Yank ${packageName}==${version} at https://pypi.org/manage/project/${packageName}/release/${version}/ (Options → Yank), giving the reason.`
        : `PyPI: yank version ${version} of the package by hand (https://pypi.org/manage/projects/ → the project → Releases → ${version} → Options → Yank).`);
    manual.push(settings.dockerImage
        ? `Docker: retag ${settings.dockerImage}:latest to ${restoredVersion ? `${settings.dockerImage}:${restoredVersion}` : 'the last good image'} (docker buildx imagetools create -t ${settings.dockerImage}:latest ${settings.dockerImage}:${restoredVersion || 'GOOD'}) and consider removing ${settings.dockerImage}:${version}.`
        : `Docker: point the latest tag of your images back to ${restoredVersion || 'the last good image'} and consider removing the ${version} tag.`);
    return { version, tag, restoredVersion, dryRun: dry, steps, manual, recordCommit, pushed };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/core/sbom.ts



const NOASSERTION = 'NOASSERTION';
/** JSON.parse with the file and line:column in the error. */
function parseJsonFile(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const position = /position (\d+)/.exec(message)?.[1] ?? (/end of JSON input/.test(message) ? String(text.length) : null);
        if (position !== null) {
            const before = text.slice(0, Number(position));
            const line = before.split('\n').length;
            const column = before.length - before.lastIndexOf('\n');
            throw new core_errors/* ConfigurationError */.j(`${file}:${line}:${column}: not valid JSON (${message.replace(/ in JSON at position.*$/, '')})`);
        }
        throw new core_errors/* ConfigurationError */.j(`${file}: not valid JSON (${message})`);
    }
}
function parseTomlFile(text, file) {
    try {
        return parse(text);
    }
    catch (error) {
        const e = error;
        throw new core_errors/* ConfigurationError */.j(`${file}${e.line ? `:${e.line}:${e.column ?? 0}` : ''}: not valid TOML (${e.message.split('\n')[0]})`);
    }
}
/** A PEP 508 requirement: name, extras, version specifier; markers are ignored. */
function parseRequirement(line, source, group) {
    const text = line.replace(/\s+#.*$/, '').trim();
    if (!text || text.startsWith('#') || text.startsWith('-') || /^[a-z+]+:\/\//i.test(text))
        return null;
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(?:@\s*(\S+)|\(?\s*([^;()]*?)\s*\)?)?\s*(?:;.*)?$/.exec(text);
    if (!match)
        return null;
    const [, name, url, spec] = match;
    const pinned = spec ? /^===?\s*([^,*\s]+)$/.exec(spec) : null;
    return {
        name,
        ecosystem: 'pypi',
        version: pinned ? pinned[1] : null,
        range: pinned ? null : url ? `@ ${url}` : spec || null,
        source,
        group
    };
}
function pyprojectPackage(text, file = 'pyproject.toml') {
    const data = parseTomlFile(text, file);
    const project = (data.project ?? {});
    const poetry = (data.tool?.poetry ?? {});
    const dependencies = [];
    const add = (list, group) => {
        if (!Array.isArray(list))
            return;
        for (const item of list) {
            if (typeof item !== 'string')
                continue;
            const dep = parseRequirement(item, file, group);
            if (dep)
                dependencies.push(dep);
        }
    };
    add(project.dependencies);
    for (const [group, list] of Object.entries((project['optional-dependencies'] ?? {})))
        add(list, group);
    for (const [name, spec] of Object.entries((poetry.dependencies ?? {}))) {
        if (name.toLowerCase() === 'python')
            continue;
        const version = typeof spec === 'string' ? spec : typeof spec?.version === 'string' ? spec.version : null;
        const exact = version && /^=?=?\s*\d[^*,^~<>]*$/.test(version) ? version.replace(/^=+\s*/, '') : null;
        dependencies.push({ name, ecosystem: 'pypi', version: exact, range: exact ? null : version, source: file });
    }
    const license = project.license;
    const licenseText = typeof license === 'string' ? license : typeof license?.text === 'string' ? license.text : typeof poetry.license === 'string' ? poetry.license : null;
    const urls = (project.urls ?? {});
    const homepage = [urls.Homepage, urls.homepage, urls.Repository, poetry.homepage].find(value => typeof value === 'string');
    return {
        root: {
            name: typeof project.name === 'string' ? project.name : typeof poetry.name === 'string' ? poetry.name : undefined,
            license: licenseText,
            homepage: homepage ?? null
        },
        dependencies
    };
}
function requirementsFile(text, file) {
    return text.split('\n').map(line => parseRequirement(line, file)).filter((dep) => dep !== null);
}
/** Swift Package.resolved, format v1 (object.pins), v2 and v3 (pins). */
function packageResolved(text, file) {
    const data = parseJsonFile(text, file);
    const pins = (Array.isArray(data.pins) ? data.pins : Array.isArray(data.object?.pins) ? data.object.pins : null);
    if (!pins)
        throw new core_errors/* ConfigurationError */.j(`${file}: not a Package.resolved file (no "pins")`);
    return pins.map((pin, index) => {
        const location = (pin.location ?? pin.repositoryURL);
        const name = (pin.identity ?? pin.package);
        if (!name || !location)
            throw new core_errors/* ConfigurationError */.j(`${file}: pins[${index}] has no identity or location`);
        const state = (pin.state ?? {});
        return { name, ecosystem: 'swift', version: state.version ?? null, range: state.version ? null : state.branch ? `branch ${state.branch}` : state.revision ? `revision ${state.revision}` : null, source: file, location };
    });
}
/** npm package-lock.json, lockfile v1, v2 and v3. */
function packageLock(text, file) {
    const data = parseJsonFile(text, file);
    const deps = [];
    if (data.packages) {
        for (const [path, pkg] of Object.entries(data.packages)) {
            if (!path || !pkg.version)
                continue;
            const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
            deps.push({ name, ecosystem: 'npm', version: pkg.version, range: null, source: file, group: pkg.dev ? 'dev' : undefined });
        }
    }
    else if (data.dependencies) {
        for (const [name, pkg] of Object.entries(data.dependencies))
            if (pkg.version)
                deps.push({ name, ecosystem: 'npm', version: pkg.version, range: null, source: file, group: pkg.dev ? 'dev' : undefined });
    }
    else
        throw new core_errors/* ConfigurationError */.j(`${file}: not a package-lock.json (no "packages" or "dependencies")`);
    return deps;
}
function normalizePypi(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function purl(dep) {
    const at = dep.version ? `@${encodeURIComponent(dep.version)}` : '';
    switch (dep.ecosystem) {
        case 'pypi':
            return `pkg:pypi/${normalizePypi(dep.name)}${at}`;
        case 'npm': {
            const [scope, name] = dep.name.startsWith('@') ? dep.name.split('/') : [null, dep.name];
            return `pkg:npm/${scope ? `${encodeURIComponent(scope)}/` : ''}${encodeURIComponent(name)}${at}`;
        }
        case 'swift': {
            const path = (dep.location ?? dep.name).replace(/^https?:\/\//, '').replace(/^git@([^:]+):/, '$1/').replace(/\.git$/, '');
            return `pkg:swift/${path}${at}`;
        }
    }
}
function spdxId(text) {
    return `SPDXRef-${text.replace(/[^A-Za-z0-9.-]+/g, '-')}`;
}
/** An SPDX license expression as declared, or NOASSERTION when the text is not one. */
function licenseExpression(text) {
    if (!text)
        return NOASSERTION;
    const trimmed = text.trim();
    return /^\(?[A-Za-z0-9.+-]+(?:\s+(?:AND|OR|WITH)\s+\(?[A-Za-z0-9.+-]+\)?)*\)?$/.test(trimmed) ? trimmed : NOASSERTION;
}
function buildSbom(input) {
    const { root } = input;
    const rootId = spdxId(`Package-${root.name}`);
    const seen = new Set([rootId]);
    const packages = [{
            SPDXID: rootId,
            name: root.name,
            versionInfo: root.version,
            downloadLocation: root.downloadLocation ?? NOASSERTION,
            filesAnalyzed: false,
            licenseConcluded: NOASSERTION,
            licenseDeclared: licenseExpression(root.license),
            copyrightText: NOASSERTION,
            primaryPackagePurpose: 'LIBRARY',
            ...(root.homepage ? { homepage: root.homepage } : {}),
            externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl({ name: root.name, ecosystem: 'pypi', version: root.version }) }]
        }];
    const relationships = [{ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId }];
    for (const dep of input.dependencies) {
        let id = spdxId(`Package-${dep.ecosystem}-${dep.name}${dep.version ? `-${dep.version}` : ''}`);
        if (seen.has(id)) {
            if (packages.some(p => p.SPDXID === id && p.versionInfo === (dep.version ?? dep.range ?? NOASSERTION)))
                continue;
            let n = 2;
            while (seen.has(`${id}-${n}`))
                n++;
            id = `${id}-${n}`;
        }
        seen.add(id);
        packages.push({
            SPDXID: id,
            name: dep.name,
            versionInfo: dep.version ?? dep.range ?? NOASSERTION,
            downloadLocation: dep.ecosystem === 'swift' && dep.location ? `git+${dep.location}` : NOASSERTION,
            filesAnalyzed: false,
            licenseConcluded: NOASSERTION,
            licenseDeclared: NOASSERTION,
            copyrightText: NOASSERTION,
            externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl(dep) }],
            comment: `Declared in ${dep.source}${dep.group ? ` (${dep.group})` : ''}${dep.version ? '' : dep.range ? `; not pinned: ${dep.range}` : '; no version declared'}`
        });
        relationships.push({ spdxElementId: rootId, relationshipType: dep.group === 'dev' ? 'DEV_DEPENDENCY_OF' : 'DEPENDS_ON', relatedSpdxElement: id });
    }
    // DEV_DEPENDENCY_OF points from the dependency to the package
    for (const rel of relationships) {
        if (rel.relationshipType === 'DEV_DEPENDENCY_OF')
            [rel.spdxElementId, rel.relatedSpdxElement] = [rel.relatedSpdxElement, rel.spdxElementId];
    }
    const digest = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([root, input.dependencies, input.created])).digest('hex');
    return {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: `${root.name}-${root.version}`,
        documentNamespace: `${input.namespaceBase.replace(/\/+$/, '')}/${root.name}-${root.version}-${digest.slice(0, 16)}`,
        creationInfo: { created: input.created, creators: [`Tool: fastvlm-release-action-${input.toolVersion}`] },
        documentDescribes: [rootId],
        packages,
        relationships
    };
}

;// CONCATENATED MODULE: ./src/usecases/publish.ts







function sha256(buffer) {
    return (0,external_node_crypto_.createHash)('sha256').update(buffer).digest('hex');
}
function makeLatest(settings, target, prerelease) {
    if (settings.makeLatest !== 'auto')
        return settings.makeLatest;
    if (prerelease)
        return 'false';
    if (target.highestVersion && semver_default().lt(target.version, target.highestVersion))
        return 'false'; // a hotfix of an older line
    return 'true';
}
/** The SBOM of the release: the package from pyproject.toml and every dependency file present. */
async function sbomFor(settings, target, files, toolVersion) {
    const dependencies = [];
    const pyprojectText = files.read('pyproject.toml');
    const pyproject = pyprojectText ? pyprojectPackage(pyprojectText) : { root: {}, dependencies: [] };
    dependencies.push(...pyproject.dependencies);
    for (const file of await files.glob('requirements*.txt'))
        dependencies.push(...requirementsFile(files.read(file) ?? '', file));
    for (const file of await files.glob('{Package.resolved,*/Package.resolved,*/*.xcworkspace/xcshareddata/swiftpm/Package.resolved}'))
        dependencies.push(...packageResolved(files.read(file) ?? '', file));
    const lock = files.read('package-lock.json');
    if (lock !== null)
        dependencies.push(...packageLock(lock, 'package-lock.json'));
    const name = settings.packageName || pyproject.root.name || (target.repoUrl ? target.repoUrl.split('/').pop() : 'package');
    const sbom = buildSbom({
        root: {
            name,
            version: target.version,
            license: pyproject.root.license ?? null,
            homepage: pyproject.root.homepage ?? target.repoUrl,
            downloadLocation: target.repoUrl ? `git+${target.repoUrl}.git@${target.tag}` : null
        },
        dependencies,
        created: target.created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        namespaceBase: target.repoUrl ? `${target.repoUrl}/releases/${target.tag}` : 'https://spdx.org/spdxdocs',
        toolVersion
    });
    return `${JSON.stringify(sbom, null, 2)}\n`;
}
/**
 * Everything that can fail on input, checked before the release is made: the asset globs and
 * names, the expected assets, the SBOM's sources. Writes nothing.
 */
async function preparePublish(settings, target, deps) {
    const { files } = deps;
    const warnings = [];
    const byName = new Map();
    const sbomName = `SBOM-${target.version}.json`;
    const sbomPath = settings.sbom ? external_node_path_.posix.join(settings.releaseDir, sbomName) : null;
    const checksumsPath = external_node_path_.posix.join(settings.releaseDir, 'SHA256SUMS');
    const own = new Set([sbomPath, checksumsPath].filter(Boolean));
    for (const pattern of settings.assets) {
        if (pattern.startsWith('/') || pattern.split('/').includes('..'))
            throw new core_errors/* ConfigurationError */.j(`Input assets has the invalid glob "${pattern}". Use globs relative to the repository root, such as dist/*.`);
        const matched = (await files.glob(pattern)).filter(file => !own.has(file));
        if (matched.length === 0) {
            const message = `assets: ${pattern} matches no file`;
            if (settings.requireAssets)
                throw new core_errors/* ConfigurationError */.j(`${message} (require_assets: true). Build the assets before this step, or fix the glob.`);
            warnings.push(message);
        }
        for (const file of matched) {
            const name = external_node_path_.posix.basename(file);
            const earlier = byName.get(name);
            if (earlier && earlier !== file)
                throw new core_errors/* ConfigurationError */.j(`Two assets would have the same name ${name}: ${earlier} and ${file}. A release cannot hold both; narrow the globs in assets.`);
            byName.set(name, file);
        }
    }
    const assets = [...byName].map(([name, file]) => {
        const bytes = files.bytes(file);
        if (!bytes)
            throw new core_errors/* ConfigurationError */.j(`assets: ${file} cannot be read.`);
        return { name, path: file, size: bytes.length, sha256: sha256(bytes) };
    });
    let sbomText = null;
    if (sbomPath) {
        sbomText = await sbomFor(settings, target, files, deps.toolVersion);
        assets.push({ name: sbomName, path: sbomPath, size: Buffer.byteLength(sbomText), sha256: sha256(sbomText) });
    }
    const checksums = sha256sums(assets);
    const names = new Set([...assets.map(asset => asset.name), 'SHA256SUMS']);
    // the expected set matters where assets are published
    const publishing = settings.createRelease || settings.assets.length > 0;
    const expected = publishing ? expectedAssetNames(settings.expectedAssets, target.version).map(name => ({ name, found: names.has(name) })) : [];
    const missing = expected.filter(asset => !asset.found).map(asset => asset.name);
    if (missing.length > 0 && settings.requireAssets) {
        throw new core_errors/* ConfigurationError */.j(`Expected release assets are missing: ${missing.join(', ')} (require_assets: true). Build them before this step, or change expected_assets.`);
    }
    if (missing.length > 0)
        warnings.push(`expected assets missing: ${missing.join(', ')}`);
    const prerelease = semver_default().prerelease(target.version) !== null;
    return {
        assets,
        expected,
        warnings,
        sbomPath,
        sbomText,
        checksumsPath,
        checksums,
        hashes: base64Subjects(checksums),
        release: {
            tag: target.tag,
            title: settings.releaseTitle.replace(/\{tag\}/g, target.tag).replace(/\{version\}/g, target.version),
            body: target.notes,
            draft: settings.draft,
            prerelease,
            makeLatest: makeLatest(settings, target, prerelease),
            targetCommitish: target.commitSha
        }
    };
}
/** Writes the SBOM and SHA256SUMS, creates or updates the GitHub release, uploads the assets, the artifact. */
async function executePublish(settings, target, prepared, deps) {
    const { files, log } = deps;
    const result = { ...prepared, releaseUrl: '', releaseId: null, uploadUrl: '', uploaded: [], artifact: '', dryRun: settings.dryRun };
    for (const warning of prepared.warnings)
        log.warning(warning);
    if (settings.dryRun) {
        log.info(`Dry run: would write ${[prepared.sbomPath, prepared.checksumsPath].filter(Boolean).join(' and ')}${settings.createRelease ? `, ${settings.createRelease ? 'create or update' : ''} the GitHub release ${prepared.release.tag} and upload ${prepared.assets.length + 1} asset(s)` : ''}`);
        return result;
    }
    if (prepared.sbomPath && prepared.sbomText)
        files.write(prepared.sbomPath, prepared.sbomText);
    files.write(prepared.checksumsPath, prepared.checksums);
    const uploads = [...prepared.assets, { name: 'SHA256SUMS', path: prepared.checksumsPath, size: Buffer.byteLength(prepared.checksums), sha256: sha256(prepared.checksums) }];
    if (settings.createRelease) {
        if (!deps.github)
            throw new core_errors/* ConfigurationError */.j('create_release: true needs github_token and GITHUB_REPOSITORY.');
        const github = deps.github;
        const done = ['wrote SBOM and SHA256SUMS'];
        try {
            await log.group(`GitHub release ${prepared.release.tag}`, async () => {
                let release = await github.releaseByTag(prepared.release.tag);
                if (release) {
                    release = await github.updateRelease(release.id, prepared.release);
                    log.info(`Updated ${release.url}`);
                }
                else {
                    try {
                        release = await github.createRelease(prepared.release);
                    }
                    catch (error) {
                        // 422: created meanwhile (a parallel run): update that one instead of failing
                        if (!(error instanceof GitHubApiError && error.status === 422))
                            throw error;
                        const existing = await github.releaseByTag(prepared.release.tag);
                        if (!existing)
                            throw error;
                        release = await github.updateRelease(existing.id, prepared.release);
                    }
                    log.info(`Created ${release.url}`);
                }
                done.push(`release ${release.url}`);
                result.releaseUrl = release.url;
                result.releaseId = release.id;
                result.uploadUrl = release.uploadUrl;
                for (const asset of uploads) {
                    const existing = release.assets.find(candidate => candidate.name === asset.name);
                    if (existing)
                        await github.deleteAsset(existing.id);
                    const data = asset.path === prepared.checksumsPath ? Buffer.from(prepared.checksums) : files.bytes(asset.path) ?? Buffer.alloc(0);
                    const uploaded = await github.uploadAsset(release.uploadUrl, asset.name, contentType(asset.name), data);
                    result.uploaded.push({ ...asset, url: uploaded.url });
                    log.info(`${existing ? 'Replaced' : 'Uploaded'} ${asset.name} (${asset.size} bytes)`);
                }
            });
        }
        catch (error) {
            if (!(error instanceof GitHubApiError))
                throw error;
            const uploaded = result.uploaded.map(asset => asset.name);
            throw new core_errors/* ConfigurationError */.j(`${error.message}. Done so far: ${[...done, uploaded.length > 0 ? `uploaded ${uploaded.join(', ')}` : ''].filter(Boolean).join('; ')}. ${adviceFor(error.status)} Running again updates the release and replaces its assets.`);
        }
    }
    if (settings.uploadArtifact) {
        const name = `release-${target.version}`;
        const list = [target.notesFile, prepared.checksumsPath, ...(prepared.sbomPath ? [prepared.sbomPath] : [])].map(file => files.absolute(file));
        await deps.artifact.upload(name, list, files.absolute('.'));
        result.artifact = name;
        log.info(`Uploaded the workflow artifact ${name}`);
    }
    return result;
}
/** Whether a release run publishes: a GitHub release, assets or an artifact were asked for. */
function publishingWanted(settings) {
    return settings.createRelease || settings.assets.length > 0 || settings.uploadArtifact;
}
/** The publishing outputs, the same for the action and the CLI's --json. */
function publishOutputs(published) {
    if (!published)
        return {};
    const assets = published.uploaded.length > 0
        ? published.uploaded.map(({ name, size, sha256, url }) => ({ name, size, sha256, url }))
        : published.assets.map(({ name, size, sha256 }) => ({ name, size, sha256, url: '' }));
    return {
        release_url: published.releaseUrl,
        release_id: published.releaseId === null ? '' : String(published.releaseId),
        upload_url: published.uploadUrl,
        assets: JSON.stringify(assets),
        hashes: published.hashes,
        sbom: published.sbomPath ?? ''
    };
}

;// CONCATENATED MODULE: ./src/usecases/publish-target.ts






async function common(git, settings, env) {
    const [origin, refs] = await Promise.all([git.remoteUrl('origin'), git.tags(settings.tagPrefix)]);
    return { repoUrl: repoUrlFrom(env.serverUrl, env.repository, origin), highest: highestStable(version_releaseTags(refs, settings.tagPrefix))?.version ?? null };
}
/** What a release run publishes: the release it is making. */
async function publishTarget(git, plan, head, env, settings) {
    const { repoUrl, highest } = await common(git, settings, env);
    const highestVersion = highest && semver_default().gt(highest, plan.version) ? highest : plan.version;
    return { tag: plan.tag, version: plan.version, notes: plan.notes, notesFile: settings.releaseNotesFile, commitSha: head, hotfix: plan.hotfix, highestVersion, repoUrl, created: env.now };
}
/** mode: publish — the release tag named by `version`, else the one at HEAD; the notes from its annotation. */
async function existingReleaseTarget(git, settings, env) {
    const head = await git.head();
    const all = releaseTags(await git.tags(settings.tagPrefix), settings.tagPrefix);
    const tag = settings.version
        ? all.find(candidate => candidate.version === settings.version)
        : all.filter(candidate => candidate.sha === head).sort((a, b) => semver.rcompare(a.version, b.version))[0];
    if (!tag) {
        throw new ConfigurationError(settings.version
            ? `mode: publish: there is no release tag ${settings.tagPrefix}${settings.version}. Make the release first, or fix the version input.`
            : `mode: publish: no release tag (${settings.tagPrefix}X.Y.Z) points at HEAD. Run it after the release step, on the release commit, or name the version input.`);
    }
    const { notes, meta } = parseTagMessage(await git.tagMessage(tag.name));
    const { repoUrl, highest } = await common(git, settings, env);
    return { tag: tag.name, version: tag.version, notes, notesFile: settings.releaseNotesFile, commitSha: tag.sha, hotfix: meta?.type === 'hotfix', highestVersion: highest, repoUrl, created: env.now };
}
/**
 * The `publish` step of a release run: prepared after the gates (checks its input, writes
 * nothing), executed once the release is made; `done` receives the result.
 */
function releasePublisher(settings, git, env, deps, done) {
    return async (plan, head) => {
        const target = await publishTarget(git, plan, head, env, settings);
        const prepared = await preparePublish(settings, target, deps);
        return async (commitSha) => {
            const sha = commitSha || head;
            done(await executePublish(settings, { ...target, commitSha: sha }, { ...prepared, release: { ...prepared.release, targetCommitish: sha } }, deps));
        };
    };
}

;// CONCATENATED MODULE: ./src/adapters/artifact.ts
/** @actions/artifact, loaded only when an upload happens (its start-up is not free). */
const actionsArtifact = {
    async upload(name, files, rootDirectory) {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(351), __nccwpck_require__.e(780), __nccwpck_require__.e(512)]).then(__nccwpck_require__.bind(__nccwpck_require__, 44512));
        const client = new DefaultArtifactClient();
        return client.uploadArtifact(name, files, rootDirectory, { retentionDays: 90 });
    }
};

;// CONCATENATED MODULE: ./src/version.ts
/** This action's own version (kept in step with package.json by the release). */
const TOOL_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/core/metrics.ts
/**
 * The four DORA metrics, computed from the repository alone: release tags (with their
 * Release-Type/Hotfix-Of trailers), the commits each release shipped, and the rollback record.
 *
 * Bands follow the 2023 Accelerate State of DevOps report (DORA, Google Cloud):
 * deployment frequency elite = on demand (daily or more), high = daily to weekly, medium = weekly
 * to monthly, low = less than monthly; lead time elite < 1 day, high < 1 week, medium < 1 month,
 * low ≥ 1 month; change failure rate elite ≤ 5 %, high ≤ 10 %, medium ≤ 15 %, low > 15 %;
 * failed deployment recovery time elite < 1 hour, high < 1 day, medium < 1 week, low ≥ 1 week.
 */
const HOUR = 3600;
const DAY = 24 * HOUR;
function percentile(values, p) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    // nearest-rank with linear interpolation (the common "R-7" definition)
    const rank = (p / 100) * (sorted.length - 1);
    const low = Math.floor(rank);
    const high = Math.ceil(rank);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}
function frequencyBand(perWeek) {
    if (perWeek >= 7)
        return 'elite';
    if (perWeek >= 1)
        return 'high';
    if (perWeek >= 12 / 52)
        return 'medium';
    return 'low';
}
function leadTimeBand(hours) {
    if (hours < 24)
        return 'elite';
    if (hours < 7 * 24)
        return 'high';
    if (hours < 30 * 24)
        return 'medium';
    return 'low';
}
function failureRateBand(percent) {
    if (percent <= 5)
        return 'elite';
    if (percent <= 10)
        return 'high';
    if (percent <= 15)
        return 'medium';
    return 'low';
}
function restoreBand(hours) {
    if (hours < 1)
        return 'elite';
    if (hours < 24)
        return 'high';
    if (hours < 7 * 24)
        return 'medium';
    return 'low';
}
function metrics_isoDate(seconds) {
    return new Date(seconds * 1000).toISOString().slice(0, 10);
}
function weekOf(seconds) {
    const date = new Date(seconds * 1000);
    const day = (date.getUTCDay() + 6) % 7; // Monday = 0
    return metrics_isoDate(Math.floor(seconds / DAY) * DAY - day * DAY);
}
const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
function computeDora(releases, rollbacks, options) {
    const { now, windowDays } = options;
    const start = now - windowDays * DAY;
    const inWindow = releases.filter(r => r.time >= start && r.time <= now).sort((a, b) => a.time - b.time);
    const notEnough = (what) => ({ value: null, unit: '', band: null, note: `not enough data: ${what}` });
    // a rolled-back release whose tag is gone counts by the record: made at its release date
    const known = new Set(releases.map(r => r.version));
    const untagged = rollbacks.filter(rb => !known.has(rb.version)).filter(rb => {
        const made = rb.releasedTime ?? rb.time;
        return made >= start && made <= now;
    });
    const deployments = inWindow.length + untagged.length;
    const perWeek = deployments / (windowDays / 7);
    const deploymentFrequency = deployments === 0
        ? notEnough(`no release in the last ${windowDays} days`)
        : { value: round(perWeek, 3), unit: 'releases/week', band: frequencyBand(perWeek) };
    const leadHours = inWindow.flatMap(r => r.commitTimes.map(t => Math.max(0, r.time - t) / HOUR));
    const median = percentile(leadHours, 50);
    const p90 = percentile(leadHours, 90);
    const leadTimeMedian = median === null ? notEnough('no released commits in the window') : { value: round(median), unit: 'hours', band: leadTimeBand(median) };
    const leadTimeP90 = p90 === null ? notEnough('no released commits in the window') : { value: round(p90), unit: 'hours', band: leadTimeBand(p90) };
    // a release failed when a later hotfix names it, or it was rolled back; restored at the earlier of the two
    const restores = [];
    let failed = 0;
    for (const release of inWindow) {
        const hotfix = releases.filter(r => r.type === 'hotfix' && r.hotfixOf === release.version && r.time >= release.time).sort((a, b) => a.time - b.time)[0];
        const rollback = rollbacks.filter(rb => rb.version === release.version && rb.time >= release.time).sort((a, b) => a.time - b.time)[0];
        if (!hotfix && !rollback)
            continue;
        failed++;
        restores.push((Math.min(hotfix?.time ?? Infinity, rollback?.time ?? Infinity) - release.time) / HOUR);
    }
    for (const rollback of untagged) {
        failed++;
        if (rollback.releasedTime !== undefined)
            restores.push((rollback.time - rollback.releasedTime) / HOUR);
    }
    const rate = deployments === 0 ? null : (failed / deployments) * 100;
    const changeFailureRate = rate === null || deployments < 2
        ? notEnough(deployments === 0 ? 'no release in the window' : 'one release is not enough for a rate')
        : { value: round(rate, 1), unit: '%', band: failureRateBand(rate) };
    const restore = percentile(restores, 50);
    const timeToRestoreMedian = restore === null
        ? notEnough('no failed release was restored in the window')
        : { value: round(restore), unit: 'hours', band: restoreBand(restore) };
    const weeks = new Map();
    for (let t = start; t <= now; t += 7 * DAY)
        weeks.set(weekOf(t), { releases: 0, lead: [] });
    for (const release of inWindow) {
        const week = weeks.get(weekOf(release.time)) ?? { releases: 0, lead: [] };
        week.releases++;
        week.lead.push(...release.commitTimes.map(t => Math.max(0, release.time - t) / HOUR));
        weeks.set(weekOf(release.time), week);
    }
    return {
        windowDays,
        from: metrics_isoDate(start),
        to: metrics_isoDate(now),
        releases: deployments,
        deploymentFrequency,
        leadTimeMedian,
        leadTimeP90,
        changeFailureRate,
        timeToRestoreMedian,
        weeks: [...weeks].sort(([a], [b]) => a.localeCompare(b)).map(([week, w]) => ({ week, releases: w.releases, leadTimeHours: w.lead.length > 0 ? round(percentile(w.lead, 50), 1) : null }))
    };
}
function show(metric) {
    return metric.value === null ? `— (${metric.note})` : `${metric.value} ${metric.unit}`;
}
/** The summary section: a table with bands, and Mermaid charts of releases per week and lead time. */
function renderMetrics(metrics) {
    const band = (metric) => metric.band ?? '—';
    const lines = [
        `### DORA metrics (${metrics.from} → ${metrics.to}, ${metrics.windowDays} days, ${metrics.releases} release(s))`,
        '',
        '| Metric | Value | DORA band |',
        '| --- | --- | --- |',
        `| Deployment frequency | ${show(metrics.deploymentFrequency)} | ${band(metrics.deploymentFrequency)} |`,
        `| Lead time for changes (median) | ${show(metrics.leadTimeMedian)} | ${band(metrics.leadTimeMedian)} |`,
        `| Lead time for changes (p90) | ${show(metrics.leadTimeP90)} | ${band(metrics.leadTimeP90)} |`,
        `| Change failure rate | ${show(metrics.changeFailureRate)} | ${band(metrics.changeFailureRate)} |`,
        `| Time to restore (median) | ${show(metrics.timeToRestoreMedian)} | ${band(metrics.timeToRestoreMedian)} |`,
        ''
    ];
    if (metrics.weeks.length > 0) {
        const labels = metrics.weeks.map(w => `"${w.week.slice(5)}"`).join(', ');
        lines.push('```mermaid', 'xychart-beta', '    title "Releases per week"', `    x-axis [${labels}]`, '    y-axis "releases"', `    bar [${metrics.weeks.map(w => w.releases).join(', ')}]`, '```', '', '```mermaid', 'xychart-beta', '    title "Median lead time (hours) of each week\'s releases"', `    x-axis [${labels}]`, '    y-axis "hours"', `    line [${metrics.weeks.map(w => w.leadTimeHours ?? 0).join(', ')}]`, '```', '');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/usecases/metrics.ts




/**
 * The DORA metrics from the repository alone: release tags (dates, trailers), the commits each
 * release shipped (one `git log` per release in the window), and the rollback record.
 */
async function collectMetrics(settings, deps, now, pending = null) {
    const { git, files } = deps;
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const start = nowSeconds - settings.metricsWindow * 86_400;
    const details = await git.tagDetails(settings.tagPrefix);
    const stable = version_releaseTags(details, settings.tagPrefix).filter(tag => !tag.prerelease).sort((a, b) => semver_default().compare(a.version, b.version));
    const detail = new Map(details.map(d => [d.name, d]));
    const releases = [];
    for (const [index, tag] of stable.entries()) {
        if (pending && tag.version === pending.version)
            continue; // its commits are known already
        const info = detail.get(tag.name);
        const meta = release_record_parseTagMessage(info.message).meta;
        const previous = index > 0 ? stable[index - 1] : null;
        const inWindow = info.time >= start && info.time <= nowSeconds;
        const hotfixOf = meta?.hotfixOf?.startsWith(settings.tagPrefix) ? meta.hotfixOf.slice(settings.tagPrefix.length) : meta?.hotfixOf;
        releases.push({
            tag: tag.name,
            version: tag.version,
            time: info.time,
            type: meta?.type ?? 'release',
            hotfixOf,
            commitTimes: inWindow ? await git.commitTimes(previous ? `${previous.sha}..${tag.sha}` : tag.sha) : []
        });
    }
    if (pending) {
        const tagged = detail.get(`${settings.tagPrefix}${pending.version}`);
        releases.push({
            tag: `${settings.tagPrefix}${pending.version}`,
            version: pending.version,
            time: tagged && tagged.time <= nowSeconds ? tagged.time : nowSeconds,
            type: pending.type,
            hotfixOf: pending.hotfixOf?.startsWith(settings.tagPrefix) ? pending.hotfixOf.slice(settings.tagPrefix.length) : pending.hotfixOf,
            commitTimes: pending.commitTimes
        });
    }
    const record = files.read(settings.rollbackRecord);
    const rollbacks = record
        ? parseRollbacks(record).map(entry => ({
            version: entry.version,
            time: Math.floor(Date.parse(entry.date) / 1000),
            ...(entry.released && Number.isFinite(Date.parse(entry.released)) ? { releasedTime: Math.floor(Date.parse(entry.released) / 1000) } : {})
        })).filter(rb => Number.isFinite(rb.time))
        : [];
    return computeDora(releases, rollbacks, { now: nowSeconds, windowDays: settings.metricsWindow });
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/adapters/commands.ts

const TAIL_LINES = 30;
const shellRunner = {
    run(command, { cwd, timeoutMs, env }) {
        return new Promise(resolve => {
            let output = '';
            const keep = (chunk) => {
                output = (output + chunk.toString()).slice(-20_000);
            };
            const child = (0,external_node_child_process_namespaceObject.spawn)('bash', ['-c', command], { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
            let timedOut = false;
            const timer = setTimeout(() => {
                timedOut = true;
                try {
                    if (child.pid)
                        process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            }, timeoutMs);
            child.stdout.on('data', keep);
            child.stderr.on('data', keep);
            const tail = () => output.replace(/\s+$/, '').split('\n').slice(-TAIL_LINES);
            child.on('error', error => {
                clearTimeout(timer);
                resolve({ exitCode: null, tail: tail(), error: `could not start: ${error.message}` });
            });
            child.on('close', code => {
                clearTimeout(timer);
                if (timedOut)
                    resolve({ exitCode: null, tail: tail(), error: `timed out after ${Math.round(timeoutMs / 1000)} s` });
                else
                    resolve({ exitCode: code, tail: tail() });
            });
        });
    }
};

;// CONCATENATED MODULE: ./src/usecases/context.ts
/** The release date: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
function releaseDate(env) {
    const epoch = env.SOURCE_DATE_EPOCH;
    return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

;// CONCATENATED MODULE: ./src/cli.ts


















const USAGE = `Usage: fastvlm-release [plan|apply|rollback VERSION] [options]

  plan      (default) compute the next release and write the notes file; change nothing else
  apply     make the release: version files, changelog, release commit and annotated tag
  rollback  roll VERSION back: record it, delete its tag here and on origin (--dry-run to preview)

Options (the action's inputs):
  --bump auto|patch|minor|major      --prerelease ID          --tag-prefix PREFIX
  --initial-version X.Y.Z            --version-files A,B      --changelog-file FILE ('' to skip)
  --release-notes-file FILE          --package-name NAME      --severity critical|high|medium
  --bump-minor-pre-major             --push                   --dry-run (with apply, rollback)
  --gates LIST  gates to run (or none)  --gates-config FILE  --base-branch NAME
  --hotfix     a hotfix (also on hotfix/* branches)  --allow-features
  --reason TEXT  --force  --rollback-record FILE  --docker-image NAME   (rollback)
  -C DIR       run in DIR instead of the current directory
  --json       print the outputs as JSON on stdout
  -q, --quiet  no progress on stderr
  -h, --help`;
async function cli(argv, env = process.env) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                bump: { type: 'string' },
                prerelease: { type: 'string' },
                'tag-prefix': { type: 'string' },
                'initial-version': { type: 'string' },
                'version-files': { type: 'string' },
                'changelog-file': { type: 'string' },
                'release-notes-file': { type: 'string' },
                'package-name': { type: 'string' },
                severity: { type: 'string' },
                'bump-minor-pre-major': { type: 'boolean' },
                push: { type: 'boolean' },
                'dry-run': { type: 'boolean' },
                hotfix: { type: 'boolean' },
                gates: { type: 'string' },
                'gates-config': { type: 'string' },
                'base-branch': { type: 'string' },
                'allow-features': { type: 'boolean' },
                reason: { type: 'string' },
                force: { type: 'boolean' },
                'rollback-record': { type: 'string' },
                'docker-image': { type: 'string' },
                json: { type: 'boolean' },
                quiet: { type: 'boolean', short: 'q' },
                help: { type: 'boolean', short: 'h' },
                C: { type: 'string', short: 'C' }
            }
        });
    }
    catch (error) {
        return { code: 2, stdout: '', stderr: `${error.message}\n${USAGE}\n` };
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
    const command = positionals[0] ?? 'plan';
    const arity = command === 'rollback' ? 2 : 1;
    if (!['plan', 'apply', 'rollback'].includes(command) || positionals.length > arity || (command === 'rollback' && positionals.length < 2)) {
        return { code: 2, stdout: '', stderr: `Unknown command "${positionals.join(' ')}".\n${USAGE}\n` };
    }
    const given = {
        bump: values.bump,
        prerelease: values.prerelease,
        tag_prefix: values['tag-prefix'],
        initial_version: values['initial-version'],
        version_files: values['version-files'],
        changelog_file: values['changelog-file'],
        release_notes_file: values['release-notes-file'],
        package_name: values['package-name'],
        severity: values.severity,
        bump_minor_pre_major: values['bump-minor-pre-major'] ? 'true' : undefined,
        push: values.push ? 'true' : undefined,
        dry_run: command === 'plan' || values['dry-run'] ? 'true' : 'false',
        mode: command === 'rollback' ? 'rollback' : values.hotfix ? 'hotfix' : undefined,
        version: command === 'rollback' ? positionals[1] : undefined,
        allow_features: values['allow-features'] ? 'true' : undefined,
        reason: values.reason,
        force: values.force ? 'true' : undefined,
        rollback_record: values['rollback-record'],
        docker_image: values['docker-image'],
        gates: values.gates,
        gates_config: values['gates-config'],
        base_branch: values['base-branch']
    };
    const cwd = values.C ?? process.cwd();
    try {
        const settings = parseSettings(name => (name in DEFAULTS ? given[name] : undefined));
        const log = values.quiet || values.json ? silentLogger : stderrLogger;
        const runEnv = { serverUrl: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, actor: env.USER, now: releaseDate(env) };
        if (settings.mode === 'rollback') {
            const token = env.GITHUB_TOKEN ?? '';
            const github = token && env.GITHUB_REPOSITORY ? new OctokitReleases(token, env.GITHUB_REPOSITORY, env.GITHUB_API_URL || 'https://api.github.com') : null;
            const rolled = await runRollback(settings, { git: new ExecGit(cwd), files: new LocalFiles(cwd), log, env: runEnv, github });
            if (values.json)
                return { code: 0, stdout: `${JSON.stringify({ rolled_back_version: rolled.version, restored_version: rolled.restoredVersion, rollback_steps: rolled.steps, manual: rolled.manual }, null, 2)}\n`, stderr: '' };
            const lines = [
                `${rolled.dryRun ? 'Would roll back' : 'Rolled back'} ${rolled.tag}; users are back on ${rolled.restoredVersion || 'no release'}.`,
                ...rolled.steps.map(step => `  ${step.step}: ${step.status}${step.detail ? ` (${step.detail})` : ''}`),
                'Manual steps:',
                ...rolled.manual.map(text => `  - ${text}`)
            ];
            return { code: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
        }
        let published = null;
        const publishDeps = {
            files: new LocalFiles(cwd),
            github: env.GITHUB_TOKEN && env.GITHUB_REPOSITORY ? new OctokitPublisher(env.GITHUB_TOKEN, env.GITHUB_REPOSITORY, env.GITHUB_API_URL || 'https://api.github.com', message => log.warning(message)) : null,
            artifact: actionsArtifact,
            log,
            toolVersion: TOOL_VERSION
        };
        const result = await runRelease(settings, {
            publish: publishingWanted(settings) ? releasePublisher(settings, new ExecGit(cwd), runEnv, publishDeps, value => { published = value; }) : undefined,
            git: new ExecGit(cwd),
            files: new LocalFiles(cwd),
            log,
            env: runEnv,
            gates: input => runGates(settings, input, {
                git: new ExecGit(cwd),
                files: new LocalFiles(cwd),
                commands: shellRunner,
                github: env.GITHUB_TOKEN && env.GITHUB_REPOSITORY ? new OctokitGates(env.GITHUB_TOKEN, env.GITHUB_REPOSITORY, env.GITHUB_API_URL || 'https://api.github.com') : null,
                log,
                cwd
            })
        });
        const pending = result.plan.released ? { version: result.plan.version, type: result.plan.hotfix ? 'hotfix' : 'release', hotfixOf: result.plan.tagMeta.hotfixOf, commitTimes: result.commitTimes } : null;
        const metrics = await collectMetrics(settings, { git: new ExecGit(cwd), files: new LocalFiles(cwd) }, runEnv.now, pending);
        const outputs = { ...outputsOf(result, settings.severity), ...publishOutputs(published), metrics: JSON.stringify(metrics) };
        if (values.json)
            return { code: 0, stdout: `${JSON.stringify(outputs, null, 2)}\n`, stderr: '' };
        const { plan } = result;
        const lines = plan.released
            ? [
                `${settings.dryRun ? 'Would release' : 'Released'} ${plan.tag} (${plan.bump}${plan.previousTag ? ` from ${plan.previousTag}` : ', first release'})`,
                `Why: ${plan.reason}`,
                ...result.versionFiles.map(file => `Version file: ${file.path} ${file.from} → ${file.to}`),
                result.commitSha ? `Release commit: ${result.commitSha}${result.pushed ? ' (pushed with its tag)' : ''}` : `Notes written to ${result.notesFile}`,
                '',
                plan.notes
            ]
            : [`No release: ${plan.reason}`];
        return { code: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const gates = error instanceof GatesFailedError
            ? `${error.report.results.map(gate => `  ${gate.gate}: ${gate.status} — ${gate.reason}`).join('\n')}\n`
            : '';
        return { code: 1, stdout: '', stderr: `${gates}${(0,core_errors/* isConfigurationError */.p)(error) ? 'error' : 'unexpected error'}: ${message}\n` };
    }
}
/** Runs the CLI when this module is the program (the bundle's entry). */
async function cli_main() {
    const result = await cli(process.argv.slice(2));
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
}

;// CONCATENATED MODULE: ./src/cli-entry.ts

void cli_main();

