// Starts Swagger UI on the document the page names (index.html beside this file).
window.addEventListener("load", function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.getAttribute("data-url"),
    dom_id: "#swagger-ui",
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    deepLinking: true,
    layout: "StandaloneLayout",
    tagsSorter: "alpha",
    validatorUrl: null
  });
});
