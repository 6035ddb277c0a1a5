#version 330 core
// Point symbols: each instance is one point, drawn as a screen-space square holding a circle.
layout(location = 0) in vec2 corner;     // x: 0 / 1, y: -1 / +1 (the quad shared with lines)
layout(location = 1) in vec2 position;   // relative to the layer origin
layout(location = 2) in uint featureId;

uniform vec4 clipTransform;
uniform vec2 viewportSize;
uniform float pointSize;  // diameter in pixels
uniform samplerBuffer featureColors;

out vec2 local;  // pixels from the centre
flat out vec4 fillColor;

void main() {
    vec2 centre = position * clipTransform.xy + clipTransform.zw;
    float radius = 0.5 * pointSize + 1.0;
    local = vec2(corner.x * 2.0 - 1.0, corner.y) * radius;
    gl_Position = vec4(centre + local / (0.5 * viewportSize), 0.0, 1.0);
    fillColor = texelFetch(featureColors, int(featureId));
}
