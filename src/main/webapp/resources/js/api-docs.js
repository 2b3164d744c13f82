// Renders the portal's own OpenAPI document with the Swagger UI shipped in the WAR.
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
        url: '/openapi',
        dom_id: '#swagger-ui',
        deepLinking: true,
        validatorUrl: null,
        tryItOutEnabled: false,
        docExpansion: 'list',
        defaultModelsExpandDepth: 0
    });
});
