export const id = 715;
export const ids = [715];
export const modules = {

/***/ 7715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadFolder: () => (/* binding */ uploadFolder)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27105);
/* harmony import */ var _prodfix_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43707);



/**
 * Uploads every file written (and the manifest and summary) as one artifact. A failure is a
 * warning, never fatal: the folder stays on disk and its path is still an output.
 */
async function uploadFolder(result, settings, link, logger) {
    const files = [
        ...result.manifest.files.filter((file) => file.status === 'ok').map((file) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(result.dir, file.path)),
        result.manifestPath,
        result.summaryPath,
    ];
    try {
        const { id } = await new _actions_artifact__WEBPACK_IMPORTED_MODULE_1__/* .DefaultArtifactClient */ .t9().uploadArtifact(settings.name, files, result.dir, {
            compressionLevel: settings.compressionLevel,
            ...(settings.retentionDays !== undefined ? { retentionDays: settings.retentionDays } : {}),
        });
        if (id === undefined)
            throw new Error('the artifact service returned no artifact id');
        const url = link.runId ? `${link.serverUrl}/${link.repository}/actions/runs/${link.runId}/artifacts/${id}` : undefined;
        logger.info(`Uploaded artifact "${settings.name}" (id ${id})${url ? `: ${url}` : ''}`);
        return { id, ...(url ? { url } : {}) };
    }
    catch (error) {
        const reason = /already exists/i.test((0,_prodfix_core__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error))
            ? `an artifact named "${settings.name}" already exists in this run; set a different artifact-name (for example with the job name or run attempt in it)`
            : (0,_prodfix_core__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error);
        logger.warning(`Artifact upload failed: ${reason}. The collected files stay in ${result.dir}.`);
        return undefined;
    }
}


/***/ })

};
