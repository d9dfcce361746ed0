export const id = 9;
export const ids = [9];
export const modules = {

/***/ 2009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diagnoseLayouts: () => (/* binding */ diagnoseLayouts)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_diff_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2899);
/* harmony import */ var _open_image_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1925);
// The gate's diagnosis: opens both OCI layouts and streams them through the image diff.



async function diagnoseLayouts(run1Dir, run2Dir, hints) {
    const [a, b] = await Promise.all([(0,_open_image_js__WEBPACK_IMPORTED_MODULE_2__/* .openImage */ .UY)(run1Dir), (0,_open_image_js__WEBPACK_IMPORTED_MODULE_2__/* .openImage */ .UY)(run2Dir)]);
    return (0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_1__.diffImages)(a, b, {
        dockerfile: { path: node_path__WEBPACK_IMPORTED_MODULE_0__.basename(hints.dockerfile.path), text: hints.dockerfile.text },
        ...(hints.target ? { target: hints.target } : {}),
        ...(hints.contextMtime !== null ? { contextMtime: hints.contextMtime } : {}),
        buildkit: { a: hints.buildkit, b: hints.buildkit }
    });
}


/***/ })

};
