#version 330 core
// A detail level's dots drawn once into a raster of feature numbers (raster.frag reads it): a
// texel holds the number of the feature covering it, plus one (0: no feature).
layout(location = 0) in vec2 position;  // relative to the layer origin
layout(location = 1) in float size;     // the feature's larger side, map units
layout(location = 2) in uint featureId;

uniform vec4 clipTransform;
uniform float pixelsPerUnit;  // texels per map unit

flat out uint featureNumber;

void main() {
    gl_Position = vec4(position * clipTransform.xy + clipTransform.zw, 0.0, 1.0);
    gl_PointSize = max(1.0, size * pixelsPerUnit);
    featureNumber = featureId + 1u;
}
