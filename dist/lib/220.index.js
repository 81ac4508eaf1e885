export const id = 220;
export const ids = [220];
export const modules = {

/***/ 65220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publish: () => (/* binding */ publish)
/* harmony export */ });
/* harmony import */ var _core_notes_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65157);
/* harmony import */ var _publish_publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95771);
/* harmony import */ var _publish_publish_target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83381);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71085);




async function publish(settings, services) {
    const deps = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .publishDeps */ ._H)(services);
    const target = await (0,_publish_publish_target_js__WEBPACK_IMPORTED_MODULE_2__/* .existingReleaseTarget */ ._8)(services.git, settings, services.env);
    const prepared = await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .preparePublish */ .dx)(settings, target, deps);
    const published = await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .executePublish */ .$_)(settings, target, prepared, deps);
    const message = `${settings.dryRun ? 'Would publish' : 'Published'} ${target.tag}${published.releaseUrl ? `: ${published.releaseUrl}` : ''}`;
    return {
        outputs: { ...(0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishOutputs */ .eB)(published), new_version: target.version, tag: target.tag },
        summary: (0,_core_notes_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .renderPublishSummary */ .Oq)(published),
        annotations: [],
        variables: {},
        message,
        report: [message]
    };
}


/***/ })

};
