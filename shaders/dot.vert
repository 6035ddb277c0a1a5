#version 330 core
// Dots of a coarse detail level: a feature smaller than a few pixels on screen drawn as one
// square point as large as the feature, in the feature's colour (tessellate/detail_levels.h).
layout(location = 0) in vec2 position;  // relative to the layer origin
layout(location = 1) in float size;     // the feature's larger side, map units
layout(location = 2) in uint featureId;

uniform vec4 clipTransform;
uniform float pixelsPerUnit;
uniform samplerBuffer featureColors;

flat out vec4 fillColor;

void main() {
    gl_Position = vec4(position * clipTransform.xy + clipTransform.zw, 0.0, 1.0);
    gl_PointSize = max(1.0, size * pixelsPerUnit);
    fillColor = texelFetch(featureColors, int(featureId));
}
