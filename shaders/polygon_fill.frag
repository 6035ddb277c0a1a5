#version 330 core
flat in vec4 fillColor;
uniform float opacity;
out vec4 color;

void main() {
    color = vec4(fillColor.rgb, fillColor.a * opacity);
}
