export const id = 899;
export const ids = [899];
export const modules = {

/***/ 2899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CAUSE_HINTS: () => (/* reexport safe */ _cause_js__WEBPACK_IMPORTED_MODULE_3__.X3),
/* harmony export */   CAUSE_ORDER: () => (/* reexport safe */ _image_diff_js__WEBPACK_IMPORTED_MODULE_0__.Bt),
/* harmony export */   diffImages: () => (/* reexport safe */ _image_diff_js__WEBPACK_IMPORTED_MODULE_0__.eC),
/* harmony export */   explainEntry: () => (/* reexport safe */ _image_diff_js__WEBPACK_IMPORTED_MODULE_0__.IT),
/* harmony export */   readTarEntries: () => (/* reexport safe */ _tar_stream_js__WEBPACK_IMPORTED_MODULE_4__.ET),
/* harmony export */   renderDiffMarkdown: () => (/* reexport safe */ _render_markdown_js__WEBPACK_IMPORTED_MODULE_2__.rw),
/* harmony export */   renderDiffText: () => (/* reexport safe */ _render_text_js__WEBPACK_IMPORTED_MODULE_1__.pQ)
/* harmony export */ });
/* harmony import */ var _image_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68272);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96759);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90861);
/* harmony import */ var _cause_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91156);
/* harmony import */ var _tar_stream_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38025);
// The image diff's public surface: diffImages, the renderers and the types the gate embeds.







/***/ })

};
