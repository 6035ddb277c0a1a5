#version 330 core
// Polygon fill: positions relative to the layer origin, mapped to clip space by the camera.
layout(location = 0) in vec2 position;
layout(location = 1) in uint featureId;

uniform vec4 clipTransform;  // scale.xy, offset.xy
uniform samplerBuffer featureColors;

flat out vec4 fillColor;

void main() {
    gl_Position = vec4(position * clipTransform.xy + clipTransform.zw, 0.0, 1.0);
    fillColor = texelFetch(featureColors, int(featureId));
}
